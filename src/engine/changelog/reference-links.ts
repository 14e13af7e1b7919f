import { type RstTargets, normalizeName } from './rst-inline.js'

const MD_DEFINITION = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*\S/
const RST_TARGET = /^\.\. _(`[^`]{1,200}`|[^:`]{1,200}):[ \t]+(\S.*)$/
// A label longer than CommonMark's 999 characters is no label.
const MAX_LABEL = 1000

/**
 * Markdown link reference definitions (`[1.2.3]: https://…`) anywhere in
 * the file, keyed by their normalized label, each its line as written.
 */
export function markdownDefinitions(
  lines: readonly string[]
): Map<string, string> {
  const definitions = new Map<string, string>()
  for (const line of lines) {
    const m = MD_DEFINITION.exec(line)
    if (!m) continue
    const label = normalizeName(m[1] as string)
    if (!definitions.has(label)) definitions.set(label, line.trim())
  }
  return definitions
}

/** reStructuredText named hyperlink targets (`.. _name: url`) in the file. */
export function rstTargets(lines: readonly string[]): RstTargets {
  const targets = new Map<string, string>()
  for (const line of lines) {
    const m = RST_TARGET.exec(line)
    if (!m) continue
    const name = normalizeName((m[1] as string).replace(/^`|`$/g, ''))
    targets.set(name, (m[2] as string).trim())
  }
  return targets
}

/**
 * The body with the definitions of the reference-style links it uses
 * (`[text][ref]`, `[ref][]`, `[ref]`) appended, when the body does not
 * define them itself, so the links still work in the release notes.
 */
export function withUsedDefinitions(
  body: readonly string[],
  definitions: ReadonlyMap<string, string>
): string[] {
  const own = markdownDefinitions(body)
  const used: string[] = []
  for (const line of body) {
    for (const label of referencedLabels(line)) {
      const definition = definitions.get(label)
      if (definition && !own.has(label) && !used.includes(definition)) {
        used.push(definition)
      }
    }
  }
  return used.length === 0 ? [...body] : [...body, '', ...used]
}

/** Normalized labels a line refers to, in order. */
export function referencedLabels(line: string): string[] {
  const labels: string[] = []
  let i = line.indexOf('[')
  while (i >= 0 && i < line.length) {
    const close = closingBracket(line, i)
    if (close < 0) {
      i = line.indexOf('[', i + 1)
      continue
    }
    const text = line.slice(i + 1, close)
    const after = line[close + 1]
    let next = close + 1
    if (after === '[') {
      const end = closingBracket(line, close + 1)
      if (end > 0) {
        const ref = line.slice(close + 2, end)
        labels.push(normalizeName(ref === '' ? text : ref))
        next = end + 1
      }
    } else if (after !== '(' && after !== ':') {
      labels.push(normalizeName(text))
    }
    i = line.indexOf('[', next)
  }
  return labels.filter(l => l !== '')
}

// The `]` closing the `[` at `open`, or -1 when another `[` comes first or
// the label is too long (`[` inside restarts the search there).
function closingBracket(line: string, open: number): number {
  const limit = Math.min(line.length, open + MAX_LABEL)
  for (let j = open + 1; j < limit; j++) {
    const ch = line[j]
    if (ch === ']') return j
    if (ch === '[' || ch === '\\') return -1
  }
  return -1
}
