/**
 * Splits text into lines: a leading byte-order mark is dropped and CRLF, LF
 * and lone CR all end a line. A final line end does not add an empty line.
 */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Splitting on a plain `\n` is much faster; most files have no CR at all.
  const lines = body.includes('\r')
    ? body.split(/\r\n|\n|\r/)
    : body.split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** True for an empty line or one holding only whitespace. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue
    // Other Unicode spaces are rare; `trim` knows them all.
    return code > 0x7f ? line.trim() === '' : false
  }
  return true
}

/** Number of leading spaces, with a tab counting as up to the next stop of 4. */
export function indentOf(line: string): number {
  let width = 0
  for (const ch of line) {
    if (ch === ' ') width++
    else if (ch === '\t') width += 4 - (width % 4)
    else return width
  }
  return width
}

/**
 * CommonMark thematic break: up to three spaces, then three or more of one
 * of `-`, `*` or `_`, with only spaces or tabs between them.
 */
export function isThematicBreak(line: string): boolean {
  let i = 0
  while (i < 3 && line[i] === ' ') i++
  const mark = line[i]
  if (mark !== '-' && mark !== '*' && mark !== '_') return false
  let count = 0
  for (; i < line.length; i++) {
    const ch = line[i]
    if (ch === mark) count++
    else if (ch !== ' ' && ch !== '\t') return false
  }
  return count >= 3
}
