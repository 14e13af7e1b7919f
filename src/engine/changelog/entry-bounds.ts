import type { Heading } from './changelog-entry.js'
import { isBlank } from './text-lines.js'

// `.. _v1.2.3:` (RST) and `<a name="v1.2.3"></a>` (Markdown) anchor the
// heading that follows them.
const RST_LABEL = /^\.\. _[^:`]{1,200}:[ \t]*$|^\.\. _`[^`]{1,200}`:[ \t]*$/
const HTML_ANCHOR =
  /^[ \t]*<a[ \t]+(?:name|id)=["'][^"']{0,200}["'][ \t]*>[ \t]*<\/a>[ \t]*$/i

// Link definitions that end a file: `[1.2.3]: https://…` (Markdown) and
// `.. _1.2.3: https://…` or `__ https://…` (RST hyperlink targets).
const MD_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/
const RST_DEFINITION =
  /^\.\. _[^:]{1,200}:[ \t]+\S|^\.\. __:[ \t]+\S|^__[ \t]+\S/

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
  lines: readonly string[],
  headingEnd: number,
  stop: Heading | null
): LineRange {
  const from = headingEnd + 1
  const to = stop ? ownedStart(lines, stop.start) - 1 : beforeDefinitions(lines)
  return trimRange(lines, { from, to })
}

/** The first line belonging to the heading block starting at `start`. */
export function ownedStart(lines: readonly string[], start: number): number {
  let first = start
  for (let i = start - 1; i >= 0; i--) {
    const line = lines[i] as string
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

function beforeDefinitions(lines: readonly string[]): number {
  let last = lines.length - 1
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string
    if (isDefinition(line)) last = i - 1
    else if (!isBlank(line)) break
  }
  return last
}

// Only a line opening with a space, `[`, `.` or `_` can be a definition.
function isDefinition(line: string): boolean {
  const code = line.charCodeAt(0)
  if (code === 0x5b || code === 0x20) return MD_DEFINITION.test(line)
  return (code === 0x2e || code === 0x5f) && RST_DEFINITION.test(line)
}

/** Narrows a range to its first and last non-blank lines. */
export function trimRange(
  lines: readonly string[],
  range: LineRange
): LineRange {
  let { from, to } = range
  while (from <= to && isBlank(lines[from] as string)) from++
  while (to >= from && isBlank(lines[to] as string)) to--
  return { from, to }
}
