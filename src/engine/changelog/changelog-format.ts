import type { ChangelogFormat } from './changelog-entry.js'
import { adornmentOf } from './rst-headings.js'
import type { TextLines } from './text-lines.js'

const SAMPLE_LINES = 2000
const MARKDOWN_SUFFIXES = ['.md', '.markdown', '.mdown', '.mkd']
const RST_SUFFIXES = ['.rst', '.rest']
// Lines that only one of the two languages writes this way.
const ATX = /^#{1,6}[ \t]+[^ \t#]/
const MD_FENCE = /^ {0,3}(?:```|~~~)/
const MD_LINK = /^.{0,200}\]\(https?:/
const RST_DIRECTIVE = /^\.\. [A-Za-z0-9_:-]{1,40}::/
const RST_TARGET = /^\.\. _[^:]{1,200}:/
const RST_LITERAL = /^.{0,400}``[^`]/
const RST_ROLE = /^.{0,400}:[a-z][a-z:]{1,30}:`/
const RST_LINK = /^.{0,400}`_/

/**
 * The changelog's markup: from the file name (`.md`, `.rst`, …) and, for
 * `.txt`, no suffix or anything else, from what the lines use most. Text
 * with neither Markdown nor reStructuredText features reads as
 * reStructuredText, whose underlined titles plain-text changelogs share.
 * Only the first 2,000 lines are read.
 */
export function detectChangelogFormat(
  file: string,
  lines: TextLines
): ChangelogFormat {
  const name = file.toLowerCase()
  if (MARKDOWN_SUFFIXES.some(s => name.endsWith(s))) return 'markdown'
  if (RST_SUFFIXES.some(s => name.endsWith(s))) return 'rst'
  let markdown = 0
  let rst = 0
  // The head of a file tells its format as well as the whole does.
  // An overlined title looks two lines ahead.
  const head = lines.slice(0, SAMPLE_LINES + 2)
  const sample = Math.min(head.length, SAMPLE_LINES)
  for (let i = 0; i < sample; i++) {
    const line = head[i] as string
    if (ATX.test(line) || MD_FENCE.test(line) || MD_LINK.test(line)) {
      markdown++
    }
    if (isRstOnly(head, i)) rst++
  }
  return markdown > rst ? 'markdown' : 'rst'
}

function isRstOnly(lines: readonly string[], i: number): boolean {
  const line = lines[i] as string
  if (RST_DIRECTIVE.test(line) || RST_TARGET.test(line)) return true
  if (RST_LITERAL.test(line) || RST_ROLE.test(line) || RST_LINK.test(line)) {
    return true
  }
  const ch = adornmentOf(line)
  if (ch === null) return false
  // Markdown underlines only with `=` and `-`, and never overlines.
  const before = lines[i - 1]
  const underline = before !== undefined && before.trim() !== ''
  if (underline && ch !== '=' && ch !== '-') return true
  const text = lines[i + 1]
  return (
    text !== undefined &&
    text.trim() !== '' &&
    adornmentOf(lines[i + 2] ?? '') === ch
  )
}
