/**
 * Inline markup recognition, ported from docutils' `Inliner`
 * (reStructuredText markup specification § Inline markup recognition
 * rules): start-strings, end-strings, roles, references and substitution
 * references, reporting what docutils reports and noting the names used.
 */
import { type RstDocument, report } from './rst-document.js'
import { knownRole } from './rst-roles.js'
import { escapeToNull, normalizeRefName } from './rst-text.js'
import { lazy } from '../../lazy.js'

// docutils.utils.punctuation_chars: ASCII openers, closers and delimiters
// are listed one by one (`*`, `.` or `!` are none of them); beyond ASCII
// they are the Unicode punctuation categories.
const WIDE = (categories: string): string =>
  `(?:(?=[^\\x00-\\x7f])[${categories}])`
const OPENERS = `["'(<\\[{]|${WIDE('\\p{Ps}\\p{Pi}\\p{Pf}')}`
const DELIMITERS = `[\\\\/:-]|${WIDE('\\p{Pd}\\p{Po}')}`
const CLOSERS = `["')>\\]}]|${WIDE('\\p{Pe}\\p{Pf}\\p{Pi}')}`
const START_PREFIX = `(?:^|(?<=\\s|${OPENERS}|${DELIMITERS}))`
const END_SUFFIX = `(?=$|[\\s\\0\\\\.,;!?]|${CLOSERS}|${DELIMITERS})`
const NAME = '(?:[\\p{L}\\p{N}])+(?:[-._+:](?:[\\p{L}\\p{N}])+)*'
const NO_SPACE_AFTER = '(?![ \\n])'
const NO_ESCAPE_BEFORE = '(?<![\\s\\0])'

const INITIAL = lazy(
  () =>
    new RegExp(
  `${START_PREFIX}(?:` +
    `(?<start>\\*\\*|\\*(?!\\*)|\`\`|_\`|\\|(?!\\|))${NO_SPACE_AFTER}` +
    `|(?<whole>(?<refname>${NAME})(?<refend>__?)|\\[(?<fnlabel>[0-9]+|#(?:${NAME})?|\\*|(?<citation>${NAME}))\\]_)${END_SUFFIX}` +
    `|(?<role>:${NAME}:)?(?<backquote>\`(?!\`))${NO_SPACE_AFTER}` +
    ')',
      'u'
    )
)

const end = (body: string): RegExp => new RegExp(`${body}${END_SUFFIX}`, 'u')
const END = lazy((): Record<string, { pattern: RegExp; what: string }> => ({
  '*': { pattern: end(`${NO_ESCAPE_BEFORE}(\\*)`), what: 'emphasis' },
  '**': { pattern: end(`${NO_ESCAPE_BEFORE}(\\*\\*)`), what: 'strong' },
  '``': { pattern: end('(?<!\\s)(``)'), what: 'literal' },
  '_`': { pattern: end(`${NO_ESCAPE_BEFORE}(\`)`), what: 'target' },
  '|': {
    pattern: end(`${NO_ESCAPE_BEFORE}(\\|_{0,2})`),
    what: 'substitution_reference'
  }
}))
const INTERPRETED_END = lazy(() =>
  end(
    `(?<!(?<!\\0)[\\s\\0])(\`(?<suffix>(?<role>:${NAME}:)?(?<refend>__?)?))`
  )
)

const PAIRS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '<': '>',
  '"': '"',
  "'": "'",
  '\u2018': '\u2019',
  '\u201c': '\u201d',
  '\u00ab': '\u00bb',
  '\u2039': '\u203a'
}

// Inline markup is searched for from each start-string to its end, as
// docutils does; on hostile text that is quadratic, so a block is read only
// up to this many characters (real paragraphs are far shorter).
const MAX_INLINE = 20_000

/** A step of the scan: what precedes, and where to go on from. */
interface Step {
  readonly rest: string
}

/** Scans `text`, whose first line is `line`, for inline markup. */
export function scanInline(doc: RstDocument, text: string, line: number): void {
  const escaped = escapeToNull(text.slice(0, MAX_INLINE))
  let remaining = escaped
  let consumed = 0
  let counted = 0
  let newlines = 0
  // Matches only move forward, so newlines are counted once each.
  const lineAt = (offset: number): number => {
    for (; counted < consumed + offset; counted++) {
      if (escaped.charCodeAt(counted) === 10) newlines++
    }
    return line + newlines
  }
  for (;;) {
    const m = INITIAL().exec(remaining)
    if (!m?.groups) return
    const at = lineAt(m.index)
    const step = m.groups.start
      ? inlineObject(doc, m, at)
      : m.groups.backquote
        ? interpreted(doc, m, at)
        : whole(doc, m, at)
    consumed += remaining.length - step.rest.length
    remaining = step.rest
  }
}

// docutils' quoted_start: a start-string between a matching pair of
// brackets or quotes, as in `(*)` or `"*"`, is not markup.
function quotedStart(input: string, index: number, length: number): boolean {
  if (index === 0) return false
  const post = input[index + length]
  if (post === undefined) return true
  return PAIRS[input[index - 1] ?? ''] === post
}

function inlineObject(doc: RstDocument, m: RegExpExecArray, line: number): Step {
  const start = m.groups?.start ?? ''
  const after = m.index + start.length
  if (quotedStart(m.input, m.index, start.length)) return { rest: m.input.slice(after) }
  const spec = END()[start] as { pattern: RegExp; what: string }
  const tail = m.input.slice(after)
  const e = spec.pattern.exec(tail)
  const close = e?.[1]
  if (!e || close === undefined || e.index === 0) {
    report(doc, 'WARNING', line, `Inline ${spec.what} start-string without end-string.`)
    return { rest: tail }
  }
  const content = tail.slice(0, e.index)
  if (start === '|') substitution(doc, content, close, line)
  if (start === '_`') {
    doc.targets.push({ name: plain(content), explicit: true, uri: null, line })
  }
  return { rest: tail.slice(e.index + close.length) }
}

function substitution(doc: RstDocument, content: string, close: string, line: number): void {
  const name = content.replace(/\0/g, '').replace(/\s+/g, ' ').trim()
  doc.substitutionReferences.push({ name, line })
  if (close === '|__') doc.anonymousReferences.push(line)
  else if (close === '|_') doc.references.push({ name: normalizeRefName(name), line })
}

function whole(doc: RstDocument, m: RegExpExecArray, line: number): Step {
  const g = m.groups ?? {}
  const rest = m.input.slice(m.index + (g.whole ?? '').length)
  if (g.refname !== undefined) {
    if (g.refend === '__') doc.anonymousReferences.push(line)
    else doc.references.push({ name: normalizeRefName(g.refname), line })
    return { rest }
  }
  const label = g.fnlabel ?? ''
  if (label === '*') doc.symbolFootnotes.referenced.push(line)
  else if (label === '#') doc.autoFootnotes.referenced.push(line)
  else {
    const name = normalizeRefName(label.replace(/^#/, ''))
    doc.footnoteReferences.push({ name, line })
  }
  return { rest }
}

function interpreted(doc: RstDocument, m: RegExpExecArray, line: number): Step {
  const g = m.groups ?? {}
  const prefix = g.role ? g.role.slice(1, -1) : null
  const after = m.index + (g.role?.length ?? 0) + 1
  if (!prefix && quotedStart(m.input, after - 1, 1)) {
    return { rest: m.input.slice(after) }
  }
  const tail = m.input.slice(after)
  const e = INTERPRETED_END().exec(tail)
  if (!e?.groups || e.index === 0) {
    report(doc, 'WARNING', line, 'Inline interpreted text or phrase reference start-string without end-string.')
    return { rest: tail }
  }
  const rest = tail.slice(e.index + (e[1] ?? '').length)
  const suffix = e.groups.role ? e.groups.role.slice(1, -1) : null
  if (prefix && suffix) {
    report(doc, 'WARNING', line, 'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).')
    return { rest }
  }
  const content = tail.slice(0, e.index)
  const role = prefix ?? suffix
  if (e.groups.refend) {
    if (role) {
      report(doc, 'WARNING', line, `Mismatch: both interpreted text role ${prefix ? 'prefix' : 'suffix'} and reference suffix.`)
    } else phraseReference(doc, content, e.groups.refend === '__', line)
    return { rest }
  }
  if (role) checkRole(doc, role, content, line)
  return { rest }
}

function checkRole(doc: RstDocument, role: string, content: string, line: number): void {
  const name = role.toLowerCase()
  if (name === 'raw') {
    report(doc, 'WARNING', line, 'raw (and derived) roles disabled')
    return
  }
  if (!knownRole(name) && !doc.roles.has(name)) {
    report(doc, 'ERROR', line, `Unknown interpreted text role "${role}".`)
    return
  }
  const number = plain(content)
  if ((name === 'pep' || name === 'pep-reference') && !/^\d{1,4}$/.test(number)) {
    report(doc, 'ERROR', line, `PEP number must be a number from 0 to 9999; "${number}" is invalid.`)
  }
  if ((name === 'rfc' || name === 'rfc-reference') && !/^\d+$/.test(number.split('#')[0] ?? '')) {
    report(doc, 'ERROR', line, `RFC number must be a number greater than or equal to 1; "${number}" is invalid.`)
  }
}

function phraseReference(doc: RstDocument, content: string, anonymous: boolean, line: number): void {
  const embedded = embeddedTarget(content)
  if (!embedded) {
    if (anonymous) doc.anonymousReferences.push(line)
    else doc.references.push({ name: normalizeRefName(plain(content)), line })
    return
  }
  const { alias, text } = embedded
  const isName = alias.endsWith('_') && !alias.endsWith('\0_') && !/^[a-z][a-z0-9.+-]*:/i.test(alias)
  if (isName) {
    doc.references.push({ name: normalizeRefName(plain(alias.slice(0, -1))), line })
    return
  }
  if (anonymous) return
  const uri = plain(alias).replace(/\s+/g, '')
  doc.targets.push({ name: normalizeRefName(plain(text || alias)), explicit: true, uri, line })
}

/**
 * The `<uri>` or `<name_>` that ends a phrase reference, as docutils'
 * `embedded_link` pattern finds it: after whitespace (or at the start), no
 * unescaped angle bracket inside, no whitespace just inside the brackets.
 */
function embeddedTarget(content: string): { alias: string; text: string } | null {
  if (!content.endsWith('>') || content.endsWith('\0>')) return null
  let open = content.length - 2
  for (; open >= 0; open--) {
    const c = content[open]
    if ((c === '<' || c === '>') && content[open - 1] !== '\0') break
  }
  if (open < 0 || content[open] !== '<') return null
  const alias = content.slice(open + 1, -1)
  if (alias === '' || /^[ \n]|[\s\0]$/.test(alias)) return null
  const before = content.slice(0, open)
  if (before !== '' && !/[ \n]$/.test(before)) return null
  return { alias, text: before.trimEnd() }
}

/** Text with escape markers dropped. */
function plain(text: string): string {
  return text.replace(/\0/g, '')
}
