import type { HeadingLabel, HeadingTable } from './heading-table.js'
import { offsetHeadings } from './offset-heading.js'
import { OUTLINE_LEVELS, namingClues } from './outline.js'
import {
  LineOpening,
  type TextLines,
  indentOf,
  isBlank,
  isThematicBreak
} from './text-lines.js'

// Every pattern here is anchored and free of nested quantifiers: changelog
// text is untrusted and a heading may be megabytes long.
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/
const LIST_ITEM = /^[ \t]*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)/
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[ \t>]|$)/i
const ATX_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/

// The only lines that can be a heading or hide one: an ATX heading (`atx`
// matches its `#` run and text, captured whole), an underline, a fence,
// HTML. Finding them with one native search of the text is what keeps a
// large file cheap: no other line is read, except when an underline asks
// what stands above it.
function eventsWith(atx: string, flags = ''): LineOpening {
  return new LineOpening(
    new RegExp(
      ` {0,3}(${atx})(?=\\n|$)|[ \\t]*(?:\`\`\`|~~~|<)| {0,3}(?:=+[ \\t]*(?:\\n|$)|-+[ \\t]*(?:\\n|$))`,
      flags
    )
  )
}

const EVENT = eventsWith('#{1,6}(?:[ \\t][^\\n]*)?')

/**
 * What {@link scanMarkdownHeadings} looks for to find a document's
 * outline: every heading, except ATX headings below level 2 whose text
 * holds neither a digit nor one of `words` (any case). Those are the
 * `### Added` repeated under every release, which can name nothing; the
 * search passes over them natively. Each pattern reads one line.
 */
export function outlineEvents(words: readonly string[]): LineOpening {
  const kept = `#{1,${OUTLINE_LEVELS}}(?:[ \\t][^\\n]*)?`
  const named = `#{${OUTLINE_LEVELS + 1},6}[ \\t](?=[^\\n]*(?:${namingClues(words)}))[^\\n]*`
  return eventsWith(`${kept}|${named}`, 'i')
}

/**
 * Finds the headings of a Markdown document: ATX (`#` to `######`) and
 * setext (`===` for level 1, `---` for level 2, under a paragraph that is
 * not part of a list or quote). Lines inside fenced code (backticks or
 * tildes, any length), HTML comments, raw HTML blocks and a YAML front
 * matter block are never headings. The scan moves by offsets in the text;
 * a heading's line numbers are counted when they are read.
 */
export function scanMarkdownHeadings(
  lines: TextLines,
  events: LineOpening = EVENT
): HeadingTable {
  const found = findHeadings(lines, events)
  const labels = found.labels.map(label =>
    typeof label === 'string' ? atxLabel(label) : label
  )
  // The text of a setext heading starts on its first line too.
  return offsetHeadings(lines, labels, { ...found, titles: found.starts })
}

/** The headings as the scan finds them, in document order. */
interface FoundHeadings {
  /**
   * Distinct labels, in order of first use; an ATX heading's label is its
   * line, read once the scan is done.
   */
  readonly labels: (HeadingLabel | string)[]
  /** Each heading's label, as an index into `labels`. */
  readonly order: number[]
  /** Where each heading's first and last lines start. */
  readonly starts: number[]
  readonly ends: number[]
}

// The loop over the text, kept apart and small: it is what runs hot on a
// long changelog, and the engine compiles a small function quickly.
function findHeadings(lines: TextLines, events: LineOpening): FoundHeadings {
  const found: FoundHeadings = { labels: [], order: [], starts: [], ends: [] }
  const { labels, order, starts, ends } = found
  // Label ids by key: an ATX heading's whole line, a setext heading's
  // level and text. Repeated sub-headings (`### Added`) are read once.
  const ids = new Map<string, number>()
  const { text } = lines
  const scan: Scan = { barrier: frontMatterEnd(lines), listRun: -2 }
  let m = lines.match(events, scan.barrier + 1)
  while (m) {
    let at = m.index
    const atx = m[1]
    if (atx !== undefined) {
      // Inline rather than shared with setext headings below: this runs
      // once per heading, thousands of times in a long changelog.
      let id = ids.get(atx)
      if (id === undefined) {
        id = labels.push(atx) - 1
        ids.set(atx, id)
      }
      order.push(id)
      starts.push(at)
      ends.push(at)
      scan.barrier = at
    } else {
      at = blockEvent(lines, at, scan, (key, title, end) => {
        let id = ids.get(key)
        if (id === undefined) {
          id = labels.push(title) - 1
          ids.set(key, id)
        }
        order.push(id)
        starts.push(title.first)
        ends.push(end)
      })
    }
    // What `lines.match(events, at + 1)` does, without the call.
    events.afterLineEnd.lastIndex = at
    m = events.afterLineEnd.exec(text)
    if (m) m.index++
  }
  return found
}

// A line found by EVENT that is no ATX heading: fenced code or HTML, which
// hides what it holds, or an underline, which may make a setext heading
// (`found` is told of it, and where its underline starts). Where the scan
// goes on from.
function blockEvent(
  lines: TextLines,
  at: number,
  scan: Scan,
  found: (key: string, title: SetextTitle, end: number) => void
): number {
  const line = lines.lineAt(at)
  const hidden = hiddenBlockEnd(lines, at, line)
  if (hidden >= 0) {
    scan.barrier = hidden
    return hidden
  }
  const title = setextTitle(lines, at, line, scan)
  if (title) found(`${title.level}\n${title.text}`, title, at)
  if (title || isThematicBreak(line)) scan.barrier = at
  return at
}

/**
 * What the scan knows about the lines above the current one, each line
 * by the offset where it starts.
 */
interface Scan {
  /** Last line that ends a block (a heading, a break, code or HTML); -1. */
  barrier: number
  /** Last underline found under list or quote text; -2 before any. */
  listRun: number
}

// A document may open with `---` … `---` metadata (MkDocs, Jekyll); its last
// line would otherwise read as a setext underline. Where that block's last
// line starts, or -1.
function frontMatterEnd(lines: TextLines): number {
  if (lines.lineAt(0).trimEnd() !== '---') return -1
  for (let at = lines.next(0); at >= 0; at = lines.next(at)) {
    const line = lines.lineAt(at).trimEnd()
    if (line === '---' || line === '...') return at
  }
  return -1
}

// Where the last line of fenced code or an HTML block opening at `at`
// starts, or -1 when none opens there.
function hiddenBlockEnd(lines: TextLines, at: number, line: string): number {
  const fence = FENCE_OPEN.exec(line)
  if (fence)
    return closingLine(lines, at, l => closesFence(l, fence[1] as string))
  const comment = line.indexOf('<!--')
  if (comment >= 0 && line.trimStart().startsWith('<!--')) {
    if (line.includes('-->', comment + 4)) return at
    return closingLine(lines, at, l => l.includes('-->'))
  }
  const raw = RAW_HTML_OPEN.exec(line)
  if (!raw) return -1
  const end = `</${(raw[1] as string).toLowerCase()}>`
  if (line.toLowerCase().includes(end)) return at
  return closingLine(lines, at, l => l.toLowerCase().includes(end))
}

// An unclosed block runs to the end of the document.
function closingLine(
  lines: TextLines,
  open: number,
  closes: (line: string) => boolean
): number {
  let last = open
  for (let at = lines.next(open); at >= 0; at = lines.next(at)) {
    if (closes(lines.lineAt(at))) return at
    last = at
  }
  return last
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length < fence.length) return false
  for (const ch of trimmed) if (ch !== fence[0]) return false
  return true
}

// A setext heading's label and where its first line starts.
interface SetextTitle extends HeadingLabel {
  readonly first: number
}

// An underline makes a heading of the paragraph right above it, unless
// that text continues a list item or a quote.
function setextTitle(
  lines: TextLines,
  at: number,
  underline: string,
  scan: Scan
): SetextTitle | null {
  if (!SETEXT_UNDERLINE.test(underline)) return null
  const first = paragraphStart(lines, at, scan)
  if (first < 0) return null
  // CommonMark: every line of the paragraph is the heading's text.
  const text = linesBetween(lines, first, at)
    .map(l => l.trim())
    .join(' ')
  const level = underline.trimStart().startsWith('=') ? 1 : 2
  return { level, text, first }
}

// The lines from the one starting at `first` up to the one at `end`.
function linesBetween(lines: TextLines, first: number, end: number): string[] {
  const out: string[] = []
  for (let at = first; at >= 0 && at < end; at = lines.next(at)) {
    out.push(lines.lineAt(at))
  }
  return out
}

// Where the paragraph ending above the line at `at` starts, or -1 when
// there is none or it belongs to a list or quote. Each line is walked once:
// a run found to be list text is remembered, not walked again.
function paragraphStart(lines: TextLines, at: number, scan: Scan): number {
  let first = at
  for (;;) {
    const above = lines.previous(first)
    if (above < 0 || above <= scan.barrier || above === scan.listRun) break
    const line = lines.lineAt(above)
    // An outline's scan passes over some ATX headings: they end no block.
    if (isBlank(line) || isThematicBreak(line) || ATX_LINE.test(line)) break
    first = above
  }
  const listText =
    lines.previous(first) === scan.listRun ||
    linesBetween(lines, first, at).some(l => LIST_ITEM.test(l) || isQuote(l)) ||
    (first < at && continuesList(lines, first, scan.barrier))
  if (first === at) return -1
  if (listText) {
    scan.listRun = at
    return -1
  }
  return first
}

// Indented text after a blank line continues the list item above it.
function continuesList(
  lines: TextLines,
  first: number,
  barrier: number
): boolean {
  const indent = indentOf(lines.lineAt(first))
  if (indent >= 4) return true
  if (indent < 2) return false
  for (let at = lines.previous(first); at > barrier; at = lines.previous(at)) {
    const line = lines.lineAt(at)
    if (isBlank(line)) continue
    if (ATX_LINE.test(line)) return false
    return LIST_ITEM.test(line) || indentOf(line) >= 2
  }
  return false
}

function isQuote(line: string): boolean {
  return line.trimStart().startsWith('>')
}

// CommonMark § ATX headings: the level is the `#` run; the optional
// closing sequence is a run of `#` preceded by a space (or the whole
// content); anything else is text.
function atxLabel(line: string): HeadingLabel {
  let level = 0
  while (line.charCodeAt(level) === 0x23) level++
  const content = line.slice(level).trim()
  let end = content.length
  while (end > 0 && content[end - 1] === '#') end--
  if (end === 0) return { level, text: '' }
  const before = content[end - 1]
  if (end < content.length && (before === ' ' || before === '\t')) {
    return { level, text: content.slice(0, end).trim() }
  }
  return { level, text: content }
}
