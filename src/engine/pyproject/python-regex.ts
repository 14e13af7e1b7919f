/**
 * Runs a Python `re` pattern from a build configuration (hatch `pattern`,
 * scikit-build-core `regex`) in JavaScript. Python's syntax differs in named
 * groups, leading inline flags, verbose mode and `\A`/`\Z`; patterns that use
 * anything else JavaScript rejects are reported, not guessed at.
 */

/** A successful search: all groups by number and name, and where it matched. */
export interface PythonMatch {
  /** Group 1..n in order; unmatched groups are undefined. */
  readonly groups: readonly (string | undefined)[]
  readonly named: Readonly<Record<string, string | undefined>>
  /** Offset of the whole match. */
  readonly index: number
  /** Offset where a named group starts, when it took part. */
  groupIndex(name: string): number | undefined
}

/** A translated pattern, or why it could not be translated. */
export type CompiledPattern =
  { readonly regex: RegExp } | { readonly error: string }

const FLAG_PREFIX = /^\(\?([aiLmsux]{1,8})\)/

/**
 * Translates a Python pattern; `multiline` mirrors `re.MULTILINE`, which
 * both hatch and scikit-build-core pass.
 */
export function compilePythonRegex(
  pattern: string,
  options: { multiline: boolean; global?: boolean }
): CompiledPattern {
  let body = pattern
  const flags = new Set<string>(['d'])
  if (options.multiline) flags.add('m')
  if (options.global) flags.add('g')
  for (let m = FLAG_PREFIX.exec(body); m; m = FLAG_PREFIX.exec(body)) {
    for (const f of m[1] ?? '') flags.add(f)
    body = body.slice(m[0].length)
  }
  if (flags.has('L')) return { error: 'the L (locale) flag has no equivalent' }
  const verbose = flags.has('x')
  for (const f of ['a', 'u', 'x']) flags.delete(f)
  try {
    return { regex: new RegExp(translate(body, verbose), [...flags].join('')) }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

/** Searches like `re.search`; undefined when nothing matches. */
export function searchPython(
  regex: RegExp,
  text: string
): PythonMatch | undefined {
  const m = regex.exec(text)
  if (!m) return undefined
  const named = m.groups ?? {}
  return {
    groups: m.slice(1),
    named,
    index: m.index,
    groupIndex: name => m.indices?.groups?.[name]?.[0]
  }
}

function translate(pattern: string, verbose: boolean): string {
  let out = ''
  let inClass = false
  let classStart = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '\\') {
      out += escape(pattern[i + 1] ?? '', inClass, verbose)
      i++
    } else if (inClass) {
      // Python reads a `]` right after `[` or `[^` as a literal.
      const literal =
        c === ']' && out.slice(classStart).replace(/^\^/, '') === ''
      out += literal ? '\\]' : c
      if (c === ']' && !literal) inClass = false
    } else if (c === '[') {
      inClass = true
      out += c
      classStart = out.length
    } else if (verbose && /\s/.test(c)) {
      continue
    } else if (verbose && c === '#') {
      const end = pattern.indexOf('\n', i)
      i = end === -1 ? pattern.length : end
    } else if (pattern.startsWith('(?P<', i)) {
      out += '(?<'
      i += 3
    } else if (pattern.startsWith('(?P=', i)) {
      const end = pattern.indexOf(')', i)
      out += `\\k<${pattern.slice(i + 4, end)}>`
      i = end === -1 ? pattern.length : end
    } else if (pattern.startsWith('(?#', i)) {
      const end = pattern.indexOf(')', i)
      i = end === -1 ? pattern.length : end
    } else {
      out += c
    }
  }
  return out
}

function escape(next: string, inClass: boolean, verbose: boolean): string {
  if (!inClass && next === 'A') return '(?<![\\s\\S])'
  if (!inClass && next === 'Z') return '(?![\\s\\S])'
  // An escaped space or `#` is a literal in verbose mode; JavaScript
  // outside `u` mode accepts `\#` too, but a plain character is clearer.
  if (verbose && (next === '#' || /\s/.test(next))) return next
  return `\\${next}`
}
