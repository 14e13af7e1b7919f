import type { Heading } from './changelog-entry.js'
import { indentOf, isBlank, isThematicBreak } from './text-lines.js'

// Every pattern here is anchored and free of nested quantifiers: changelog
// text is untrusted and a heading may be megabytes long.
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/
const LIST_ITEM = /^[ \t]*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)/
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[ \t>]|$)/i
// The only lines that can start a heading or hide one: `#`, an underline,
// a fence, HTML. Testing each line with this one native pattern is what
// keeps a large file cheap; everything else is read only when an
// underline asks what stands above it.
const EVENT = /^[ \t]*(?:```|~~~|<)|^ {0,3}(?:#|=+[ \t]*$|-+[ \t]*$)/
const HASH = 0x23
const SPACE = 0x20
const TAB = 0x09

/**
 * Finds the headings of a Markdown document: ATX (`#` to `######`) and
 * setext (`===` for level 1, `---` for level 2, under a paragraph that is
 * not part of a list or quote). Lines inside fenced code (backticks or
 * tildes, any length), HTML comments, raw HTML blocks and a YAML front
 * matter block are never headings.
 */
export function scanMarkdownHeadings(lines: readonly string[]): Heading[] {
  const headings: Heading[] = []
  const scan: Scan = { barrier: skipFrontMatter(lines) - 1, listRun: -2 }
  for (let i = scan.barrier + 1; i < lines.length; i++) {
    const line = lines[i] as string
    if (!EVENT.test(line)) continue
    // A line opening with `#` can only be a heading: no block hides behind it.
    const hidden = line.charCodeAt(0) === HASH ? -1 : hiddenBlockEnd(lines, i)
    if (hidden >= 0) {
      i = scan.barrier = hidden
      continue
    }
    const opening = atxOpening(line)
    if (opening > 0) {
      headings.push({
        line: i,
        start: i,
        end: i,
        level: opening - line.indexOf('#'),
        text: atxText(line, opening)
      })
      scan.barrier = i
    } else {
      const heading = setextHeading(lines, i, scan)
      if (heading) headings.push(heading)
      if (heading || isThematicBreak(line)) scan.barrier = i
    }
  }
  return headings
}

/** What the scan knows about the lines above the current one. */
interface Scan {
  /** Last line that ends a block: a heading, a break, code or HTML. */
  barrier: number
  /** Last underline found under list or quote text; -2 before any. */
  listRun: number
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

// The last line of fenced code or an HTML block opening at `i`, or -1.
function hiddenBlockEnd(lines: readonly string[], i: number): number {
  const line = lines[i] as string
  const fence = FENCE_OPEN.exec(line)
  if (fence)
    return closingLine(lines, i, l => closesFence(l, fence[1] as string))
  const comment = line.indexOf('<!--')
  if (comment >= 0 && line.trimStart().startsWith('<!--')) {
    if (line.includes('-->', comment + 4)) return i
    return closingLine(lines, i, l => l.includes('-->'))
  }
  const raw = RAW_HTML_OPEN.exec(line)
  if (!raw) return -1
  const end = `</${(raw[1] as string).toLowerCase()}>`
  if (line.toLowerCase().includes(end)) return i
  return closingLine(lines, i, l => l.toLowerCase().includes(end))
}

// An unclosed block runs to the end of the document.
function closingLine(
  lines: readonly string[],
  open: number,
  closes: (line: string) => boolean
): number {
  for (let j = open + 1; j < lines.length; j++) {
    if (closes(lines[j] as string)) return j
  }
  return lines.length - 1
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length < fence.length) return false
  for (const ch of trimmed) if (ch !== fence[0]) return false
  return true
}

// An underline makes a heading of the paragraph right above it, unless
// that text continues a list item or a quote.
function setextHeading(
  lines: readonly string[],
  i: number,
  scan: Scan
): Heading | null {
  if (!SETEXT_UNDERLINE.test(lines[i] as string)) return null
  const first = paragraphStart(lines, i, scan)
  if (first < 0) return null
  // CommonMark: every line of the paragraph is the heading's text.
  const text = lines
    .slice(first, i)
    .map(l => l.trim())
    .join(' ')
  const level = (lines[i] as string).trimStart().startsWith('=') ? 1 : 2
  return { line: first, start: first, end: i, level, text }
}

// The first line of the paragraph ending above line `i`, or -1 when there
// is none or it belongs to a list or quote. Each line is walked once: a
// run found to be list text is remembered, not walked again.
function paragraphStart(
  lines: readonly string[],
  i: number,
  scan: Scan
): number {
  let first = i
  while (first - 1 > scan.barrier && first - 1 !== scan.listRun) {
    const line = lines[first - 1] as string
    if (isBlank(line) || isThematicBreak(line)) break
    first--
  }
  const listText =
    first - 1 === scan.listRun ||
    lines.slice(first, i).some(l => LIST_ITEM.test(l) || isQuote(l)) ||
    (first < i && continuesList(lines, first, scan.barrier))
  if (first === i) return -1
  if (listText) {
    scan.listRun = i
    return -1
  }
  return first
}

// Indented text after a blank line continues the list item above it.
function continuesList(
  lines: readonly string[],
  first: number,
  barrier: number
): boolean {
  const indent = indentOf(lines[first] as string)
  if (indent >= 4) return true
  if (indent < 2) return false
  for (let k = first - 1; k > barrier; k--) {
    const line = lines[k] as string
    if (!isBlank(line)) return LIST_ITEM.test(line) || indentOf(line) >= 2
  }
  return false
}

function isQuote(line: string): boolean {
  return line.trimStart().startsWith('>')
}

// Where an ATX opening (up to three spaces, one to six `#`, then a space,
// a tab or the line's end) ends, or 0 when the line has none.
function atxOpening(line: string): number {
  let at = 0
  while (at < 3 && line.charCodeAt(at) === SPACE) at++
  const hashes = at
  while (line.charCodeAt(at) === HASH) at++
  if (at === hashes || at - hashes > 6) return 0
  const next = line.charCodeAt(at)
  return at === line.length || next === SPACE || next === TAB ? at : 0
}

// CommonMark § ATX headings: the optional closing sequence is a run of `#`
// preceded by a space (or the whole content); anything else is text.
function atxText(line: string, opening: number): string {
  const content = line.slice(opening).trim()
  let end = content.length
  while (end > 0 && content[end - 1] === '#') end--
  if (end === 0) return ''
  const before = content[end - 1]
  if (end < content.length && (before === ' ' || before === '\t')) {
    return content.slice(0, end).trim()
  }
  return content
}
