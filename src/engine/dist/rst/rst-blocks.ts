/**
 * Block extraction as docutils' `StringList.get_indented` and
 * `get_text_block` do it: the indented block that follows a marker, with
 * whether it ended on a blank line (a block that does not is what the
 * "ends without a blank line; unexpected unindent" warnings are about).
 */
import { indentOf, type RstLine } from './rst-text.js'

/** An extracted block, dedented, and where parsing goes on. */
export interface Block {
  readonly lines: RstLine[]
  /** Index of the first line after the block. */
  readonly end: number
  readonly blankFinish: boolean
}

/**
 * The block starting at `start`: with `firstIndent`, the first line from
 * that column and the following indented (or blank) lines; without, every
 * indented or blank line from `start`. Leading blank lines are dropped.
 */
export function indentedBlock(
  lines: readonly RstLine[],
  start: number,
  firstIndent: number | null,
  untilBlank = false
): Block {
  let end = firstIndent === null ? start : start + 1
  let indent: number | null = null
  let blankFinish = true
  for (; end < lines.length; end++) {
    const text = (lines[end] as RstLine).text
    if (text !== '' && !text.startsWith(' ')) {
      blankFinish = end > start && (lines[end - 1] as RstLine).text === ''
      break
    }
    if (text === '') {
      if (untilBlank) break
      continue
    }
    const i = indentOf(text)
    indent = indent === null ? i : Math.min(indent, i)
  }
  const block = lines.slice(start, end).map((l, i) => {
    if (i === 0 && firstIndent !== null) {
      return { ...l, text: l.text.slice(firstIndent) }
    }
    return indent ? { ...l, text: l.text.slice(indent) } : l
  })
  while (block.length > 0 && block[0]?.text.trim() === '') block.shift()
  return { lines: block, end, blankFinish }
}

/** Lines from `start` to the next blank line. */
export function textBlock(lines: readonly RstLine[], start: number): RstLine[] {
  let end = start
  while (end < lines.length && (lines[end] as RstLine).text.trim() !== '') end++
  return lines.slice(start, end)
}

/** The block without its trailing blank lines. */
export function trimEnd(lines: readonly RstLine[]): RstLine[] {
  let end = lines.length
  while (end > 0 && (lines[end - 1] as RstLine).text.trim() === '') end--
  return lines.slice(0, end)
}
