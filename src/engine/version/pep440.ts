/**
 * PEP 440 versions: parsing, normalization and ordering, matching Python's
 * `packaging.version.Version`. Numbers are BigInt because release segments
 * past 2^53 are valid and must still order correctly.
 */

/** A parsed PEP 440 version; all spellings of one version parse equal. */
export interface Version {
  readonly epoch: bigint
  readonly release: readonly bigint[]
  readonly pre: { readonly label: 'a' | 'b' | 'rc'; readonly n: bigint } | null
  readonly post: bigint | null
  readonly dev: bigint | null
  /** Local segments, lowercased; numeric ones as BigInt. */
  readonly local: readonly (bigint | string)[] | null
}

/**
 * The characters of Python's `\s` (those for which str.isspace() is true),
 * for use inside a RegExp character class. packaging strips these around
 * versions and specifiers. JavaScript's `\s` differs: it lacks U+001C..U+001F
 * and U+0085 and has U+FEFF.
 */
export const PYTHON_SPACE_CHARS =
  '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const SPACE = `[${PYTHON_SPACE_CHARS}]*`

// The grammar of PEP 440 § Appendix B, with the same leniency as packaging:
// case-insensitive, optional `v`, surrounding whitespace ignored. No `u` flag:
// packaging matches in ASCII mode, so U+017F (ſ) must not pass for `s` in
// `post`, nor U+212A (Kelvin) for `k` in a local label, as they would under
// Unicode case folding. Each optional part starts with a character that
// cannot continue the part before it, so a failed match retries only a few
// alternatives per position: linear time, even on hostile input.
const VERSION_PATTERN = new RegExp(
  `^${SPACE}` +
    'v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    `${SPACE}$`,
  'i'
)

// CPython's int() refuses strings of more than 4300 digits
// (sys.get_int_max_str_digits(), the CVE-2020-10735 guard), so packaging
// cannot build such a version: it raises ValueError. Treat it as invalid.
const MAX_DIGITS = 4300
const DIGITS = /^[0-9]+$/

const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  pre: 'rc',
  preview: 'rc',
  rc: 'rc'
}

/** Parses a version string; `null` when it is not a valid PEP 440 version. */
export function parseVersion(text: string): Version | null {
  const g = VERSION_PATTERN.exec(text)?.groups
  if (!g || g.release === undefined) return null
  const release = g.release.split('.')
  const local = g.local?.toLowerCase().split(/[-_.]/) ?? null
  // Alphanumeric local segments stay strings in packaging, whatever length.
  const numbers = [
    g.epoch,
    g.preN,
    g.postN1 ?? g.postN2,
    g.devN,
    ...release
  ].concat((local ?? []).filter(s => DIGITS.test(s)))
  if (numbers.some(n => n !== undefined && n.length > MAX_DIGITS)) return null
  return {
    epoch: big(g.epoch),
    release: release.map(n => BigInt(n)),
    pre:
      g.preL === undefined
        ? null
        : { label: PRE_LABELS[g.preL.toLowerCase()] ?? 'rc', n: big(g.preN) },
    post: g.post === undefined ? null : big(g.postN1 ?? g.postN2),
    dev: g.dev === undefined ? null : big(g.devN),
    local: local && local.map(s => (DIGITS.test(s) ? BigInt(s) : s))
  }
}

function big(digits: string | undefined): bigint {
  return digits === undefined ? 0n : BigInt(digits)
}

/** True when the text is a valid PEP 440 version. */
export function isValidVersion(text: string): boolean {
  return parseVersion(text) !== null
}

/** The canonical spelling, as `str(packaging.version.Version(text))`. */
export function formatVersion(v: Version): string {
  let out = v.epoch === 0n ? '' : `${v.epoch}!`
  out += v.release.join('.')
  if (v.pre) out += `${v.pre.label}${v.pre.n}`
  if (v.post !== null) out += `.post${v.post}`
  if (v.dev !== null) out += `.dev${v.dev}`
  if (v.local) out += `+${v.local.join('.')}`
  return out
}

/** The normalized form of a version string, or `null` when invalid. */
export function normalizeVersion(text: string): string | null {
  const v = parseVersion(text)
  return v ? formatVersion(v) : null
}

/** The version without its local part (PEP 440 "public version"). */
export function publicVersion(v: Version): Version {
  return { ...v, local: null }
}

/** The release segment with epoch only, e.g. `1.2.0` for `1.2.0rc1.post2`. */
export function baseVersion(v: Version): Version {
  return {
    epoch: v.epoch,
    release: v.release,
    pre: null,
    post: null,
    dev: null,
    local: null
  }
}

/** PEP 440 pre-release: a, b, rc or dev. */
export function isPrerelease(v: Version): boolean {
  return v.pre !== null || v.dev !== null
}

/** Orders two versions: negative, zero or positive. Equal means PEP 440 `==`. */
export function compareVersions(a: Version, b: Version): number {
  return (
    cmp(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    comparePre(a, b) ||
    compareOptional(a.post, b.post, -1) ||
    compareOptional(a.dev, b.dev, 1) ||
    compareLocal(a.local, b.local)
  )
}

/** PEP 440 equality of two version strings; false when either is invalid. */
export function versionsEqual(a: string, b: string): boolean {
  const va = parseVersion(a)
  const vb = parseVersion(b)
  return va !== null && vb !== null && compareVersions(va, vb) === 0
}

function cmp<T extends bigint | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Trailing zeros do not count: 1.0 == 1.0.0.
function compareRelease(a: readonly bigint[], b: readonly bigint[]): number {
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = cmp(a[i] ?? 0n, b[i] ?? 0n)
    if (d) return d
  }
  return 0
}

// A bare dev release sorts before any pre-release of the same release
// (1.0.dev1 < 1.0a1); a final release sorts after all of them.
function preRank(v: Version): number {
  if (v.pre) return 0
  return v.post === null && v.dev !== null ? -1 : 1
}

function comparePre(a: Version, b: Version): number {
  const d = preRank(a) - preRank(b)
  if (d || !a.pre || !b.pre) return Math.sign(d)
  return cmp(a.pre.label, b.pre.label) || cmp(a.pre.n, b.pre.n)
}

// `missing` is where an absent value sorts: -1 before every number, 1 after.
function compareOptional(
  a: bigint | null,
  b: bigint | null,
  missing: number
): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? missing : -missing
  }
  return cmp(a, b)
}

// PEP 440 § Local version identifiers: numeric segments sort above
// alphanumeric ones; a longer local version wins a tie on the common prefix.
function compareLocal(
  a: readonly (bigint | string)[] | null,
  b: readonly (bigint | string)[] | null
): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i] as bigint | string
    const y = b[i] as bigint | string
    if (typeof x !== typeof y) return typeof x === 'bigint' ? 1 : -1
    const d = typeof x === 'bigint' ? cmp(x, y as bigint) : cmp(x, y as string)
    if (d) return d
  }
  return cmp(BigInt(a.length), BigInt(b.length))
}
