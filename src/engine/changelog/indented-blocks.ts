import { indentOf, isBlank } from './text-lines.js'

// Indented blocks of reStructuredText: directive options and content,
// literal blocks and block quotes.

const OPTION = /^[ \t]+:[A-Za-z][A-Za-z0-9_-]{0,40}:/

/** Directive options (`:linenos:`) come before the content. */
export function skipOptions(
  lines: readonly string[],
  from: number,
  end: number
): number {
  let i = from
  while (i < end && OPTION.test(lines[i] as string)) i++
  return i
}

/** The line after the block indented deeper than `base` starting at `from`. */
export function blockEnd(
  lines: readonly string[],
  from: number,
  base: number
): number {
  let end = from
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as string
    if (isBlank(line)) continue
    if (indentOf(line) <= base) break
    end = i + 1
  }
  return end
}

export function dedent(line: string, width: number): string {
  let i = 0
  while (i < width && (line[i] === ' ' || line[i] === '\t')) i++
  return line.slice(i)
}

export function minIndent(lines: readonly string[]): number {
  let width = Infinity
  for (const line of lines) {
    if (!isBlank(line)) {
      width = Math.min(width, line.length - line.trimStart().length)
    }
  }
  return width === Infinity ? 0 : width
}

export function trimBlank(lines: readonly string[]): string[] {
  let from = 0
  let to = lines.length
  while (from < to && isBlank(lines[from] as string)) from++
  while (to > from && isBlank(lines[to - 1] as string)) to--
  return lines.slice(from, to)
}
