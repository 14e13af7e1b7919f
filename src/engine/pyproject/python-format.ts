/**
 * The subset of Python's `str.format` that version templates use:
 * `{name}`, `{0}`, `{}` and doubled braces. Conversions (`!r`), format
 * specs (`:>3`) and attribute lookups are refused rather than approximated.
 */

/** Fills a template; undefined when it uses unsupported syntax or fields. */
export function formatPython(
  template: string,
  positional: readonly (string | undefined)[],
  named: Readonly<Record<string, string | undefined>>
): string | undefined {
  let out = ''
  let auto = 0
  const re = /\{\{|\}\}|\{([^{}]{0,100})\}|[{}]/g
  let last = 0
  for (let m = re.exec(template); m; m = re.exec(template)) {
    out += template.slice(last, m.index)
    last = m.index + m[0].length
    if (m[0] === '{{' || m[0] === '}}') {
      out += m[0][0]
      continue
    }
    const field = m[1]
    if (field === undefined) return undefined
    const value =
      field === ''
        ? positional[auto++]
        : /^[0-9]+$/.test(field)
          ? positional[Number(field)]
          : Object.hasOwn(named, field)
            ? named[field]
            : undefined
    // Python prints an unmatched group as "None"; no version contains that.
    if (value === undefined) return undefined
    out += value
  }
  return out + template.slice(last)
}
