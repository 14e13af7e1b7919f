import { type RstTargets, normalizeName } from './rst-inline.js'
import type { TextLines } from './text-lines.js'

const MD_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/
// Where a target may be: a line opening `.. _`.
const TARGET_OPENING = /^\.\. _/m
// A target's name holds at most this many characters.
const MAX_TARGET_NAME = 200
// A label longer than CommonMark's 999 characters is no label.
const MAX_LABEL = 1000
// Labels looked for in one search of the text; more are read line by line.
const MAX_SEARCHED_LABELS = 32
const OPEN = 0x5b
const PAREN = 0x28
const COLON = 0x3a
const CLOSE = 0x5d
const BACKSLASH = 0x5c

/**
 * Markdown link reference definitions (`[1.2.3]: https://…`) in `lines`,
 * keyed by normalized label, each its line as written; only the labels in
 * `wanted` when given.
 */
export function markdownDefinitions(
  lines: readonly string[],
  wanted?: ReadonlySet<string>
): Map<string, string> {
  const definitions = new Map<string, string>()
  for (const line of lines) {
    // Cheap tests first: `[` after at most 3 spaces, then a wanted label.
    const open = line.indexOf('[')
    if (open < 0 || open > 3) continue
    const close = line.indexOf(']', open)
    if (close < 0 || line[close + 1] !== ':') continue
    const label = normalizeName(line.slice(open + 1, close))
    if (wanted && !wanted.has(label)) continue
    if (!definitions.has(label) && MD_DEFINITION.test(line)) {
      definitions.set(label, line.trim())
    }
  }
  return definitions
}

/**
 * The file's reStructuredText named hyperlink targets (`.. _name: url`),
 * each looked up when a reference asks for it: a long changelog may hold
 * thousands, and an entry uses a few. One native search of the text finds
 * a name's definitions; the last one counts, as in docutils.
 */
export function rstTargets(file: TextLines): RstTargets {
  const { text } = file
  const found = new Map<string, string | undefined>()
  return {
    some: TARGET_OPENING.test(text),
    get(name: string): string | undefined {
      if (!found.has(name)) found.set(name, lastTarget(text, name))
      return found.get(name)
    }
  }
}

function lastTarget(text: string, name: string): string | undefined {
  // As written: any case, any run of spaces, padded; quoted in backticks,
  // or bare when the name holds no colon or backtick.
  const spelled = name.split(' ').map(escapeRegExp).join('[^\\S\\n]+')
  const quoted = `\`[^\\S\\n]*${spelled}[^\\S\\n]*\``
  const bare = /[:`]/.test(name) ? '' : `|[^\\S\\n]*${spelled}[^\\S\\n]*`
  const definition = new RegExp(
    `^\\.\\. _(${quoted}${bare}):[ \\t]+(\\S.*)$`,
    'gim'
  )
  let url: string | undefined
  for (const m of text.matchAll(definition)) {
    const end = m.index + m[0].length
    // `^` and `$` also match at U+2028 and U+2029, which end no line here.
    if (!startsLine(text, m.index) || (end < text.length && text[end] !== '\n'))
      continue
    const label = m[1] as string
    // Case-insensitive matching is looser than lowercasing; names longer
    // than a target allows are none.
    const written = label.startsWith('`') ? label.slice(1, -1) : label
    if (written.length > MAX_TARGET_NAME || normalizeName(written) !== name)
      continue
    url = (m[2] as string).trim()
  }
  return url
}

/**
 * The body with the definitions of the reference-style links it uses
 * (`[text][ref]`, `[ref][]`, `[ref]`) and the changelog holds appended,
 * unless the body defines them itself, so the links still work in the notes.
 */
export function withUsedDefinitions(
  body: readonly string[],
  file: TextLines
): string[] {
  const labels = body.flatMap(referencedLabels)
  if (labels.length === 0) return [...body]
  const own = markdownDefinitions(body)
  const wanted = new Set(labels.filter(label => !own.has(label)))
  const found = definitionsIn(file, wanted)
  const used = new Set<string>()
  for (const label of labels) {
    const definition = found.get(label)
    if (definition) used.add(definition)
  }
  return used.size === 0 ? [...body] : [...body, '', ...used]
}

// Definitions are found by one search of the text for `[label]:` as
// written, for all labels at once, which is quick; a label written
// differently (other case or spacing) makes it read every line instead.
function definitionsIn(
  file: TextLines,
  wanted: ReadonlySet<string>
): Map<string, string> {
  if (wanted.size > MAX_SEARCHED_LABELS)
    return markdownDefinitions(file.slice(), wanted)
  const found = firstDefinitions(file, wanted)
  return found.size === wanted.size
    ? found
    : markdownDefinitions(file.slice(), wanted)
}

// The first definition of each label wins, as in CommonMark.
function firstDefinitions(
  file: TextLines,
  wanted: ReadonlySet<string>
): Map<string, string> {
  const text = file.text
  const labels = [...wanted].map(escapeRegExp).join('|')
  // Alternatives of plain text: the search is linear in the text's length.
  const opening = new RegExp(`^ {0,3}\\[(${labels})\\]:`, 'gm')
  const found = new Map<string, string>()
  for (const m of text.matchAll(opening)) {
    const at = m.index
    const label = m[1] as string
    if (found.has(label) || !startsLine(text, at)) continue
    const line = file.lineAt(at)
    if (MD_DEFINITION.test(line)) found.set(label, line.trim())
    if (found.size === wanted.size) break
  }
  return found
}

// `^` also matches after U+2028 and U+2029, which end no line here.
function startsLine(text: string, at: number): boolean {
  return at === 0 || text.charCodeAt(at - 1) === 0x0a
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
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
