// List markers, field names and literal-block markers of reStructuredText
// lines, written the way Markdown reads them.

/** A bullet item line: indentation, then `-`, `*`, `+` or `•`. */
export const BULLET = /^([ \t]*)[-*+\u2022][ \t]+/
/** An enumerated item line: `1.`, `1)`, `(1)` or `#.`. */
export const ENUMERATOR = /^([ \t]*)\(?([0-9]{1,9}|#)[.)][ \t]+/
const FIELD = /^:([A-Za-z][A-Za-z0-9 _-]{0,40}):(?:[ \t]+|$)/
const MARKDOWN_LEAD =
  /^([ \t]*)(?:([-+*])[ \t]|>|#{1,6}(?:[ \t]|$)|([0-9]{1,9})[.)](?:[ \t]|$))/

/**
 * List markers and field names as Markdown writes them; the rest of the
 * line is left for inline conversion.
 */
export function markdownLead(line: string): string {
  const bullet = BULLET.exec(line)
  if (bullet) return `${bullet[1]}- ${line.slice(bullet[0].length)}`
  const number = ENUMERATOR.exec(line)
  if (number) {
    const n = number[2] === '#' ? '1' : (number[2] as string)
    return `${number[1]}${n}. ${line.slice(number[0].length)}`
  }
  const field = FIELD.exec(line)
  if (field) {
    const rest = line.slice(field[0].length)
    return `**${fieldLabel(field[1] as string)}:** ${rest}`.trimEnd()
  }
  return line
}

export function isItem(line: string): boolean {
  return BULLET.test(line) || ENUMERATOR.test(line)
}

export function isField(line: string | undefined): boolean {
  return line !== undefined && FIELD.test(line)
}

/** Text that Markdown would read as a list item, heading or quote. */
export function escapeLead(line: string): string {
  const m = MARKDOWN_LEAD.exec(line)
  if (!m) return line
  const at = (m[1] as string).length
  const digits = m[3]
  if (digits !== undefined) {
    const after = at + digits.length
    return `${line.slice(0, after)}\\${line.slice(after)}`
  }
  return `${line.slice(0, at)}\\${line.slice(at)}`
}

/**
 * reST § Literal blocks: `Example::` shows `Example:`, `Example ::` shows
 * `Example`, and a lone `::` shows nothing.
 */
export function literalIntro(line: string): string {
  const text = line.trimEnd()
  if (text.trim() === '::') return ''
  const before = text.slice(0, -2)
  const last = before.at(-1)
  return last === ' ' || last === '\t' ? before.trimEnd() : `${before}:`
}

function fieldLabel(name: string): string {
  const words = name.split(/[-_]/).join(' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
