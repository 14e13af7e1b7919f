import type { Heading } from './changelog-entry.js'
import { indentOf, isBlank, isThematicBreak } from './text-lines.js'

// Every pattern here is anchored and free of nested quantifiers: changelog
// text is untrusted and a heading may be megabytes long.
const ATX_OPEN = /^ {0,3}(#{1,6})(?:[ \t]|$)/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/
const SPACE = 0x20
const TAB = 0x09
// Native matching beats a character loop while the code is still cold.
const LIST_ITEM = /^[ \t]*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)/
const STARTS_CODE_OR_HTML = '`~<'
const STARTS_BREAK = '-*_'
const STARTS_ITEM = '-*+0123456789'
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[ \t>]|$)/i

/** Where the scanner is between lines. */
interface BlockState {
  /** Closing fence run (```` ``` ```` or `~~~`), when inside fenced code. */
  fence: string | null
  /** Closing tag, when inside raw HTML or an HTML comment. */
  htmlEnd: string | null
  /** First line of the open paragraph, or -1. */
  paragraph: number
  /** Inside a list item, whose lines never start a setext heading. */
  inList: boolean
  /** The previous line belongs to a list item (no blank line since). */
  tightList: boolean
}

/**
 * Finds the headings of a Markdown document: ATX (`#` to `######`) and
 * setext (`===` for level 1, `---` for level 2). Lines inside fenced code
 * (backticks or tildes, any length), HTML comments, raw HTML blocks and a
 * YAML front matter block are never headings.
 */
export function scanMarkdownHeadings(lines: readonly string[]): Heading[] {
  const headings: Heading[] = []
  const state: BlockState = {
    fence: null,
    htmlEnd: null,
    paragraph: -1,
    inList: false,
    tightList: false
  }
  for (let i = skipFrontMatter(lines); i < lines.length; i++) {
    const heading = scanLine(lines, i, state)
    if (heading) headings.push(heading)
  }
  return headings
}

// A document may open with `---` … `---` metadata (MkDocs, Jekyll); its last
// line would otherwise read as a setext underline.
function skipFrontMatter(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).trimEnd()
    if (line === '---' || line === '...') return i + 1
  }
  return 0
}

function scanLine(
  lines: readonly string[],
  i: number,
  state: BlockState
): Heading | null {
  const line = lines[i] as string
  if (state.fence !== null) {
    if (closesFence(line, state.fence)) state.fence = null
    return null
  }
  if (state.htmlEnd !== null) {
    if (line.toLowerCase().includes(state.htmlEnd)) state.htmlEnd = null
    return null
  }
  const first = firstMark(line)
  if (first === '') {
    state.paragraph = -1
    state.tightList = false
    return null
  }
  // Only the first character can make a line more than paragraph text.
  if (STARTS_CODE_OR_HTML.includes(first) && opensCodeOrHtml(line, state)) {
    return null
  }
  if ((first === '=' || first === '-') && state.paragraph >= 0) {
    if (SETEXT_UNDERLINE.test(line)) return setextHeading(lines, i, state)
  }
  if (STARTS_BREAK.includes(first) && isThematicBreak(line)) {
    endBlocks(state)
    return null
  }
  if (STARTS_ITEM.includes(first) && LIST_ITEM.test(line)) {
    state.paragraph = -1
    state.inList = true
    state.tightList = true
    return null
  }
  const atx = first === '#' ? ATX_OPEN.exec(line) : null
  if (atx) {
    endBlocks(state)
    const level = (atx[1] as string).length
    return { line: i, start: i, end: i, level, text: atxText(line, atx[0]) }
  }
  continueParagraph(line, i, state)
  return null
}

// The first character after the indentation; '' for a blank line.
function firstMark(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code === SPACE || code === TAB) continue
    if (code > 0x20 && code < 0x7f) return line[i] as string
    return isBlank(line) ? '' : (line[i] as string)
  }
  return ''
}

function setextHeading(
  lines: readonly string[],
  i: number,
  state: BlockState
): Heading {
  const first = state.paragraph
  endBlocks(state)
  // CommonMark: every line of the paragraph is the heading's text.
  const text = lines
    .slice(first, i)
    .map(l => l.trim())
    .join(' ')
  const level = (lines[i] as string).trimStart().startsWith('=') ? 1 : 2
  return { line: first, start: first, end: i, level, text }
}

function endBlocks(state: BlockState): void {
  state.paragraph = -1
  state.inList = false
  state.tightList = false
}

// Fenced code and HTML blocks may interrupt a paragraph; their lines are
// never headings.
function opensCodeOrHtml(line: string, state: BlockState): boolean {
  const fence = FENCE_OPEN.exec(line)
  if (fence) state.fence = fence[1] as string
  else if (line.trimStart().startsWith('<!--')) {
    if (!line.includes('-->', line.indexOf('<!--') + 4)) state.htmlEnd = '-->'
  } else {
    const raw = RAW_HTML_OPEN.exec(line)
    if (!raw) return false
    const end = `</${(raw[1] as string).toLowerCase()}>`
    if (!line.toLowerCase().includes(end)) state.htmlEnd = end
  }
  state.paragraph = -1
  return true
}

function continueParagraph(line: string, i: number, state: BlockState): void {
  if (state.paragraph >= 0) return
  // A list item goes on over lazy lines and, after a blank, indented ones;
  // neither can become a setext heading of the document.
  if (state.inList && (state.tightList || indentOf(line) >= 2)) {
    state.tightList = true
    return
  }
  state.inList = false
  if (indentOf(line) >= 4 || line.trimStart().startsWith('>')) return
  state.paragraph = i
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length < fence.length) return false
  for (const ch of trimmed) if (ch !== fence[0]) return false
  return true
}

// CommonMark § ATX headings: the optional closing sequence is a run of `#`
// preceded by a space (or the whole content); anything else is text.
function atxText(line: string, opening: string): string {
  const content = line.slice(opening.length).trim()
  let end = content.length
  while (end > 0 && content[end - 1] === '#') end--
  if (end === 0) return ''
  const before = content[end - 1]
  if (end < content.length && (before === ' ' || before === '\t')) {
    return content.slice(0, end).trim()
  }
  return content
}
