import type { Heading } from './changelog-entry.js'
import { type TextLines, isBlank } from './text-lines.js'

// `.. _v1.2.3:` (RST) and `<a name="v1.2.3"></a>` (Markdown) anchor the
// heading that follows them.
const RST_LABEL = /^\.\. _[^:`]{1,200}:[ \t]*$|^\.\. _`[^`]{1,200}`:[ \t]*$/
const HTML_ANCHOR =
  /^[ \t]*<a[ \t]+(?:name|id)=["'][^"']{0,200}["'][ \t]*>[ \t]*<\/a>[ \t]*$/i

// Lines that may end a file after its last entry: link definitions,
// `[1.2.3]: https://…` (Markdown) and `.. _1.2.3: https://…` or
// `__ https://…` (RST hyperlink targets), and blank lines (whitespace as
// `trim` knows it). Each pattern reads from a line start to a line end.
// Labels are not held to the lengths a definition allows (999, 200):
// here any label marks the line, and the bounded repeats would cost the
// pattern below more to compile than the whole search takes.
const TRAILING =
  /[^\S\n]*(?=\n|$)| {0,3}\[[^\]\n]+\]:[ \t]*\S|\.\. _[^:\n]+:[ \t]+\S|\.\. __:[ \t]+\S|__[ \t]+\S/
    .source
const TRAILING_AT = new RegExp(TRAILING, 'y')
// A line end before the last line that is not trailing: every line after
// it is. Each lookahead stops at the next line that is not trailing, so a
// search reads each line a bounded number of times.
const LAST_CONTENT = new RegExp(
  `\\n(?!${TRAILING})(?=[^\\n]*(?:\\n(?:${TRAILING})[^\\n]*)*$)`,
  'g'
)
// Most files end with their last entry, or a short list of definitions.
const FIRST_SEARCH = 65_536

/** 0-based inclusive line range; empty when `from > to`. */
export interface LineRange {
  readonly from: number
  readonly to: number
}

/**
 * The lines between a heading block and the heading that ends its section
 * (`stop`), or the end of the file. Labels and anchors directly above `stop`
 * belong to `stop`; a file's trailing block of link definitions belongs to
 * no section. Blank lines at either end are trimmed.
 */
export function bodyRange(
  lines: TextLines,
  headingEnd: number,
  stop: Heading | null
): LineRange {
  const from = headingEnd + 1
  const to = stop ? ownedStart(lines, stop.start) - 1 : lastContentLine(lines)
  return trimRange(lines, { from, to })
}

/** The first line belonging to the heading block starting at `start`. */
export function ownedStart(lines: TextLines, start: number): number {
  let first = start
  for (let i = start - 1; i >= 0; i--) {
    const line = lines.line(i)
    if (isBlank(line)) continue
    if (!isAnchor(line)) break
    first = i
  }
  return first
}

function isAnchor(line: string): boolean {
  if (line.startsWith('.. _')) return RST_LABEL.test(line)
  return line.includes('<a') && HTML_ANCHOR.test(line)
}

// The file's last line that is neither blank nor a link definition, or -1.
// One native search of the text's end finds it; when that part holds
// only trailing lines (a file may end with thousands of definitions), a
// larger part is searched, up to where the last one began.
function lastContentLine(lines: TextLines): number {
  const text = lines.text
  // Every line after `end` is trailing.
  let end = text.length
  for (let size = FIRST_SEARCH; ; size *= 4) {
    const from = Math.max(0, text.length - size)
    LAST_CONTENT.lastIndex = 0
    const m = LAST_CONTENT.exec(text.slice(from, end))
    if (m) return lines.lineOf(from + m.index + 1)
    if (from === 0) break
    // The line holding `from` may not be trailing; those after it are.
    end = Math.max(text.indexOf('\n', from), from)
  }
  // No line after the first is content: the first may be.
  TRAILING_AT.lastIndex = 0
  return TRAILING_AT.test(text) ? -1 : 0
}

/** Narrows a range to its first and last non-blank lines. */
export function trimRange(lines: TextLines, range: LineRange): LineRange {
  let { from, to } = range
  while (from <= to && isBlank(lines.line(from))) from++
  while (to >= from && isBlank(lines.line(to))) to--
  return { from, to }
}
