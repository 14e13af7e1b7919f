import { type RstTargets, normalizeName } from './rst-inline.js'

const MD_DEFINITION = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*\S/
const RST_TARGET = /^\.\. _(`[^`]{1,200}`|[^:`]{1,200}):[ \t]+(\S.*)$/
// A label longer than CommonMark's 999 characters is no label.
const MAX_LABEL = 1000
const OPEN = 0x5b
const PAREN = 0x28
const COLON = 0x3a
const CLOSE = 0x5d
const BACKSLASH = 0x5c

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

/**
 * Normalized labels a line refers to, in order: `[text][ref]` gives `ref`,
 * `[ref][]` and `[ref]` give `ref`; inline links (`[text](url)`),
 * definitions (`[ref]: url`) and escaped brackets give none.
 */
export function referencedLabels(line: string): string[] {
  const labels: string[] = []
  let open = -1
  // `[text]` right before a `[`: the next label may be its reference.
  let pending: { readonly text: string; readonly end: number } | null = null
  for (let j = 0; j < line.length; j++) {
    const ch = line.charCodeAt(j)
    if (ch === BACKSLASH) j++
    else if (ch === OPEN) open = j
    else if (ch === CLOSE && open >= 0 && j - open <= MAX_LABEL) {
      const text = line.slice(open + 1, j)
      const before: string | null =
        pending !== null && pending.end + 1 === open ? pending.text : null
      const next = line.charCodeAt(j + 1)
      open = -1
      pending = null
      if (before !== null) labels.push(text === '' ? before : text)
      else if (next === OPEN) pending = { text, end: j }
      else if (next !== PAREN && next !== COLON) labels.push(text)
    }
  }
  return labels.map(normalizeName).filter(l => l !== '')
}
