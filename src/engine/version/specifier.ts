/**
 * PEP 440 version specifiers (`>=3.9, <4`, as in Requires-Python), read and
 * applied exactly as `packaging.specifiers.SpecifierSet` does, quirks
 * included, so that a check here agrees with what pip will do.
 */
import {
  compareVersions,
  formatVersion,
  isPrerelease,
  parseVersion,
  publicVersion,
  PYTHON_SPACE_CHARS,
  type Version
} from './pep440.js'

// Longest first, so that `===` is not read as `==`.
const OPERATORS = ['===', '~=', '==', '!=', '<=', '>=', '<', '>'] as const

/** The comparison operators of PEP 440 § Version specifiers. */
export type SpecifierOperator = (typeof OPERATORS)[number]

/** One clause of a specifier set, whitespace removed. */
export interface Specifier {
  readonly operator: SpecifierOperator
  /** As written after the operator: `3.10.*`, `v3.9`; anything for `===`. */
  readonly version: string
}

/** `prereleases: false` rejects every pre-release; see `contains`. */
export interface ContainsOptions {
  readonly prereleases?: boolean
}

/** A parsed specifier set; no clauses means every version matches. */
export interface SpecifierSet {
  readonly specifiers: readonly Specifier[]
  /**
   * Whether `version` satisfies every clause, as `SpecifierSet.contains`:
   * unless `prereleases` is false, an in-range pre-release matches.
   */
  contains(version: string, options?: ContainsOptions): boolean
  /** packaging's `str()`: clauses sorted, duplicates dropped, `,`-joined. */
  toString(): string
}

/** A specifier set, or why the text is not one. */
export type SpecifierSetResult =
  | { readonly ok: true; readonly set: SpecifierSet }
  | { readonly ok: false; readonly reason: string }

const S = `[${PYTHON_SPACE_CHARS}]*`
const VERSION = 'v?(?:[0-9]+!)?[0-9]+'
const SUFFIXES =
  '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?' +
  '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?' +
  '(?:[-_.]?dev[-_.]?[0-9]*)?'
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?'

// packaging's Specifier._regex. Only == and != take a `.*` wildcard or a
// local version; ~= needs two release segments; === takes any text without
// whitespace, `;` or `)`. Case folding is ASCII-only: where packaging's
// pattern folds Unicode (ſ for s), its Version() then refuses the text.
const SPECIFIER = new RegExp(
  `^${S}(?:` +
    `===${S}[^${PYTHON_SPACE_CHARS};)]*` +
    `|(?:==|!=)${S}${VERSION}(?:\\.[0-9]+)*(?:\\.\\*|${SUFFIXES}${LOCAL})` +
    `|~=${S}${VERSION}(?:\\.[0-9]+)+${SUFFIXES}` +
    `|(?:<=|>=|<|>)${S}${VERSION}(?:\\.[0-9]+)*${SUFFIXES}` +
    `)${S}$`,
  'i'
)
const IS_SPACE = new RegExp(`[${PYTHON_SPACE_CHARS}]`)

/** Parses a specifier set; `null` when packaging would reject it. */
export function parseSpecifierSet(text: string): SpecifierSet | null {
  const result = readSpecifierSet(text)
  return result.ok ? result.set : null
}

/**
 * Parses a specifier set, explaining a refusal. Clauses are split on `,` and
 * empty ones skipped, as packaging does. A clause whose version packaging
 * accepts on parsing but cannot use later (it then raises) is refused here.
 */
export function readSpecifierSet(text: string): SpecifierSetResult {
  const specifiers: Specifier[] = []
  for (const clause of text.split(',').map(strip)) {
    if (clause === '') continue
    const spec = readSpecifier(clause)
    if (typeof spec === 'string') {
      return {
        ok: false,
        reason: `'${clause}' is not a valid specifier: ${spec}`
      }
    }
    specifiers.push(spec)
  }
  return { ok: true, set: makeSet(specifiers) }
}

function readSpecifier(clause: string): Specifier | string {
  const operator = OPERATORS.find(op => clause.startsWith(op))
  if (operator === undefined) {
    return 'it must start with one of ~= == != <= >= < > ==='
  }
  const version = strip(clause.slice(operator.length))
  if (!SPECIFIER.test(clause)) return whyNot(operator, version)
  const wildcard = version.endsWith('.*')
  const target = wildcard ? version.slice(0, -2) : version
  if (operator !== '===' && parseVersion(target) === null) {
    return `'${version}' is not a usable version`
  }
  return { operator, version }
}

function whyNot(operator: SpecifierOperator, version: string): string {
  const exact = operator === '==' || operator === '!='
  if (version.includes(';')) return 'environment markers do not belong here'
  if (!exact && version.endsWith('.*')) {
    return `only == and != take a '.*' wildcard`
  }
  if (!exact && operator !== '===' && version.includes('+')) {
    return 'only == and != take a local version (+...)'
  }
  if (operator === '~=' && /^v?(?:[0-9]+!)?[0-9]+$/i.test(version)) {
    return '~= needs at least two release segments, e.g. ~=3.10'
  }
  return `'${version}' is not a PEP 440 version for ${operator}`
}

function makeSet(specifiers: readonly Specifier[]): SpecifierSet {
  return {
    specifiers,
    contains: (version, options = {}) => contains(specifiers, version, options),
    toString: () => formatSpecifiers(specifiers)
  }
}

// SpecifierSet.contains with one item, which reduces packaging's filter().
// Unless pre-releases are forced off, an in-range pre-release matches: with
// a single candidate there is no final release to prefer over it. Text that
// is not a version can only match `===`, which compares the raw text
// case-insensitively.
function contains(
  specifiers: readonly Specifier[],
  item: string,
  options: ContainsOptions
): boolean {
  const v = parseVersion(item)
  if (v === null) {
    return specifiers.every(
      s => s.operator === '===' && sameText(item, s.version)
    )
  }
  if (options.prereleases === false && isPrerelease(v)) return false
  return specifiers.every(s =>
    s.operator === '===' ? sameText(item, s.version) : matches(v, s)
  )
}

const sameText = (a: string, b: string): boolean =>
  a.toLowerCase() === b.toLowerCase()

function matches(v: Version, { operator, version }: Specifier): boolean {
  if (operator === '==') return equal(v, version)
  if (operator === '!=') return !equal(v, version)
  if (operator === '~=') return compatible(v, version)
  const spec = parseVersion(version) as Version
  const order = compareVersions(publicVersion(v), spec)
  if (operator === '<=') return order <= 0
  if (operator === '>=') return order >= 0
  return operator === '<' ? lessThan(v, spec) : greaterThan(v, spec)
}

// PEP 440: `<V` excludes pre-releases of V unless V is one itself.
function lessThan(v: Version, spec: Version): boolean {
  if (compareVersions(v, spec) >= 0) return false
  if (isPrerelease(spec) || !isPrerelease(v)) return true
  return compareVersions(v, { ...spec, dev: 0n, local: null }) < 0
}

// PEP 440: `>V` excludes post-releases of V unless V is one, and V+local.
function greaterThan(v: Version, spec: Version): boolean {
  if (compareVersions(v, spec) <= 0) return false
  const base: Version = { ...v, post: null, dev: null, local: null }
  const postOfSpec = spec.post === null && v.post !== null
  if (postOfSpec && compareVersions(base, spec) === 0) return false
  return v.local === null || compareVersions(publicVersion(v), spec) !== 0
}

// `==V` ignores the candidate's local label unless V has one; `==V.*`
// compares release prefixes, padding the candidate's release with zeros.
function equal(v: Version, spec: string): boolean {
  if (!spec.endsWith('.*')) {
    const target = parseVersion(spec) as Version
    const candidate = target.local ? v : publicVersion(v)
    return compareVersions(candidate, target) === 0
  }
  const want = splitVersion(canonical(spec.slice(0, -2)))
  const got = splitVersion(formatVersion(publicVersion(v)))
  const padded = padRelease(got, numericPrefix(want))
  return padded.slice(0, want.length).join('\0') === want.join('\0')
}

// `~=V.N` is `>=V.N, ==V.*`. packaging cuts the prefix from the text as
// written, stopping at segments that start with dev, a, b, rc or post; so
// `~=1.4.5.rev1` means `==1.4.5.*` and `~=v1.4.5` matches nothing. Kept.
function compatible(v: Version, spec: string): boolean {
  const parts = splitVersion(spec)
  const end = parts.findIndex(p => /^(?:dev|a|b|rc|post)/.test(p))
  const kept = (end === -1 ? parts : parts.slice(0, end)).slice(0, -1)
  const prefix = `${kept[0]}!${kept.slice(1).join('.')}.*`
  const atLeast = compareVersions(publicVersion(v), parseVersion(spec)!) >= 0
  return atLeast && equal(v, prefix)
}

const canonical = (text: string): string => {
  const v = parseVersion(text)
  return v ? formatVersion(v) : text
}

// packaging's _version_split: epoch first, then dot-separated parts, with
// `1rc2` split into `1` and `rc2`.
function splitVersion(text: string): string[] {
  const bang = text.lastIndexOf('!')
  const out = [bang > 0 ? text.slice(0, bang) : '0']
  for (const part of text.slice(bang + 1).split('.')) {
    const m = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(part)
    out.push(...(m ? [m[1]!, m[2]!] : [part]))
  }
  return out
}

function numericPrefix(parts: readonly string[]): number {
  const n = parts.findIndex(p => !/^[0-9]+$/.test(p))
  return n === -1 ? parts.length : n
}

function padRelease(parts: string[], length: number): string[] {
  const n = numericPrefix(parts)
  if (n >= length) return parts
  const zeros = Array<string>(length - n).fill('0')
  return [...parts.slice(0, n), ...zeros, ...parts.slice(n)]
}

// str(SpecifierSet): sorted by text (Python compares code points), then
// one clause per canonical form, so `>=1.0` and `>=1.0.0` print once.
function formatSpecifiers(specifiers: readonly Specifier[]): string {
  const sorted = [...specifiers].sort((a, b) =>
    compareCodePoints(a.operator + a.version, b.operator + b.version)
  )
  const kept = new Map<string, string>()
  for (const s of sorted) {
    const key = canonicalKey(s)
    if (!kept.has(key)) kept.set(key, s.operator + s.version)
  }
  return [...kept.values()].join(',')
}

// Specifier._canonical_spec: trailing zeros dropped except under ~=.
function canonicalKey({ operator, version }: Specifier): string {
  if (operator === '===' || version.endsWith('.*')) {
    return `${operator}${version}`
  }
  const v = parseVersion(version) as Version
  const release = operator === '~=' ? v.release : trimZeros(v.release)
  return operator + formatVersion({ ...v, release })
}

function trimZeros(release: readonly bigint[]): readonly bigint[] {
  let end = release.length
  while (end > 1 && release[end - 1] === 0n) end--
  return release.slice(0, end)
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, c => c.codePointAt(0)!)
  const y = Array.from(b, c => c.codePointAt(0)!)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! - y[i]!
  }
  return x.length - y.length
}

function strip(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && IS_SPACE.test(text[start]!)) start++
  while (end > start && IS_SPACE.test(text[end - 1]!)) end--
  return text.slice(start, end)
}
