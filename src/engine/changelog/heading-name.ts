import type { EntryKind } from './changelog-entry.js'
import { isUnreleasedTitle } from './unreleased-title.js'
import {
  hasDigit,
  isDigit,
  isSeries,
  isVersionCode,
  normalize,
  trimPunctuation
} from './version-text.js'

/** What a heading's text names, read without document context. */
export interface HeadingName {
  readonly kind: EntryKind
  /** The version as written, without `v`; `null` for Unreleased. */
  readonly version: string | null
  /** PEP 440 normalized version; `null` unless a valid version. */
  readonly normalized: string | null
  /**
   * Words before the version other than `Version`/`Release` (`twisted
   * core`), plus a tag-like prefix glued to it (`sdk/python/`), lowercased.
   */
  readonly prefix: string
  /** Text after the version: the date, `(YANKED)`, `(unreleased)`, … */
  readonly rest: string
  /** Normalized versions the heading names too (`3.7.1 and 3.8.1`). */
  readonly also: readonly string[]
}

// Words that introduce a version without naming a product.
const KEYWORDS = new Set([
  'version',
  'release',
  'released',
  'changes',
  'changelog',
  'for',
  'in',
  'new',
  "what's",
  'whats'
])

const MAX_PREFIX_WORDS = 3
// Real versions are short; the cap bounds the work on a hostile heading.
const MAX_VERSION_LENGTH = 100
const WORD = /^[A-Za-z][A-Za-z0-9'._-]*$/
const INVALID_BUT_VERSION = /^[0-9]+\.[0-9]+/
const WRAPPERS = '[`*_'
const BARE_VERSION = /^[ \t]*[[`*_]{0,3}[vV]?([0-9][0-9A-Za-z.!+_-]{0,101})/
// What most release headings open with: a canonical release (`[1.2.3]`),
// whole, and not the first of a list (`1.2.3 and 1.3.0`). Read by this one
// pattern, it names itself; anything else takes the longer way.
const CANONICAL_OPENING =
  /^[ \t]*[[`*_]{0,3}[vV]?((?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))+)(?![0-9A-Za-z.!+_-])(?!\s*[,&a])/
const ALSO_VERSION = /[ \t]*(?:,|and|&)[ \t]*v?([0-9][0-9A-Za-z.!+_-]{0,99})/y
const MAX_ALSO = 5
const NONE: readonly string[] = Object.freeze([])
// What a list of further versions opens with, after any space.
const ALSO_LEAD = /^\s*[,&a]/

/**
 * Reads what a heading names: a version near its start (after at most three
 * words such as `Version`, `Release`, a product name), a version series
 * (`0.15.x`), or an Unreleased-style title. `null` when it names none.
 */
export function readHeadingName(text: string): HeadingName | null {
  const canonical = CANONICAL_OPENING.exec(text)
  const release = canonical?.[1]
  if (release !== undefined && release.length <= MAX_VERSION_LENGTH) {
    const rest = text.slice((canonical as RegExpExecArray)[0].length)
    return name('version', release, release, '', rest)
  }
  // Most sub-headings (`### Added`) hold no digit: no version to look for.
  const version = hasDigit(text) ? leadingVersion(text) : null
  if (version) return version
  return isUnreleasedTitle(text) ? name('unreleased', null, null, '', '') : null
}

function leadingVersion(text: string): HeadingName | null {
  // Most release headings open with the version itself: `[1.2.3] - …`.
  const bare = BARE_VERSION.exec(text)
  if (bare) {
    const run = bare[1] as string
    if (run.length > MAX_VERSION_LENGTH) return null
    const raw = trimPunctuation(run)
    const start = bare[0].length - run.length
    const hasV = text[start - 1] === 'v' || text[start - 1] === 'V'
    const end = start + raw.length
    return named({ raw, end, gluedPrefix: '', hasV }, NONE, text.slice(end))
  }
  const words: string[] = []
  let pos = 0
  for (let n = 0; n <= MAX_PREFIX_WORDS; n++) {
    const token = nextToken(text, pos)
    if (!token) return null
    const found = versionInToken(token.text)
    if (found) {
      const rest = text.slice(token.start + found.end)
      return named(found, [...words, found.gluedPrefix], rest)
    }
    const core = stripWrappers(token.text)
    if (!WORD.test(core)) return null
    words.push(core.toLowerCase())
    pos = token.start + token.text.length
  }
  return null
}

interface Token {
  readonly start: number
  readonly text: string
}

function nextToken(text: string, from: number): Token | null {
  let start = from
  while (start < text.length && isSpace(text.charCodeAt(start))) start++
  if (start >= text.length) return null
  let end = start
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++
  return { start, text: text.slice(start, end) }
}

// Controls, space and no-break space separate words in a heading.
function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000
}

function stripWrappers(token: string): string {
  let i = 0
  while (i < token.length && WRAPPERS.includes(token[i] as string)) i++
  return token.slice(i)
}

interface FoundVersion {
  /** The version text as written, `v` removed. */
  readonly raw: string
  /** Offset in the token just past the version. */
  readonly end: number
  /** A tag-like prefix in the same token (`python-` in `python-v1.6.0`). */
  readonly gluedPrefix: string
  /** Written with a `v` before it. */
  readonly hasV: boolean
}

// A version starts a token (after `[`, a backtick, `*` or `_`), optionally
// after `v` or a tag-like prefix ending in `-`, `/`, `@`, `=` or `_`.
function versionInToken(token: string): FoundVersion | null {
  const lead = token.length - stripWrappers(token).length
  let start = lead
  while (start < token.length && !isDigit(token[start])) start++
  if (start >= token.length || start - lead > MAX_VERSION_LENGTH) return null
  let glued = token.slice(lead, start)
  const hasV = glued.endsWith('v') || glued.endsWith('V')
  if (hasV) glued = glued.slice(0, -1)
  if (glued !== '' && !isTagPrefix(glued)) return null
  let end = start
  while (end < token.length && isVersionCode(token.charCodeAt(end))) {
    if (++end - start > MAX_VERSION_LENGTH) return null
  }
  const raw = trimPunctuation(token.slice(start, end))
  end = start + raw.length
  return { raw, end, gluedPrefix: glued.toLowerCase(), hasV }
}

function isTagPrefix(glued: string): boolean {
  return (
    /^[A-Za-z][A-Za-z0-9._/@=-]*$/.test(glued) &&
    '-/@=_'.includes(glued.slice(-1))
  )
}

function named(
  found: FoundVersion,
  words: readonly string[],
  rest: string
): HeadingName | null {
  const { raw } = found
  // Most release headings open with the version: no words to sort.
  const prefix =
    words.length === 0
      ? ''
      : words.filter(w => w !== '' && !KEYWORDS.has(w)).join(' ')
  if (isSeries(raw)) return name('series', raw, null, prefix, rest)
  const normalized = normalize(raw)
  if (normalized !== null) {
    // A bare number (`2 new features`) is no version without a hint that it is.
    const hinted = found.hasV || words.some(w => KEYWORDS.has(w))
    if (!raw.includes('.') && !hinted) return null
    return name('version', raw, normalized, prefix, rest, alsoNamed(rest))
  }
  const cut = cutAtSeparator(raw)
  if (cut !== null) {
    const after = raw.slice(cut.length) + rest
    return name('version', cut, normalize(cut), prefix, after)
  }
  // `3.0.0.final` names a release even though PEP 440 cannot read it.
  if (!INVALID_BUT_VERSION.test(raw)) return null
  return name('version', raw, null, prefix, rest)
}

function name(
  kind: EntryKind,
  version: string | null,
  normalized: string | null,
  prefix: string,
  rest: string,
  also: readonly string[] = NONE
): HeadingName {
  return { kind, version, normalized, prefix, rest, also }
}

// `3.7.1 and 3.8.1 and 4.0.1`, `1.0.1, 1.1.1`: one section for several
// releases.
function alsoNamed(rest: string): readonly string[] {
  if (!ALSO_LEAD.test(rest)) return NONE
  const also: string[] = []
  let at = 0
  while (also.length < MAX_ALSO) {
    ALSO_VERSION.lastIndex = at
    const m = ALSO_VERSION.exec(rest)
    const normalized = m ? normalize(trimPunctuation(m[1] as string)) : null
    if (!m || normalized === null) break
    also.push(normalized)
    at = ALSO_VERSION.lastIndex
  }
  return also
}

// `1.2.3-2024-01-02`: the version ends at the first `-` or `_`.
function cutAtSeparator(raw: string): string | null {
  let at = 0
  while (at < raw.length && raw[at] !== '-' && raw[at] !== '_') at++
  if (at === 0 || at === raw.length) return null
  const head = raw.slice(0, at)
  return normalize(head) !== null && head.includes('.') ? head : null
}
