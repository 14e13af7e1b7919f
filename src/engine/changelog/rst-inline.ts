/** Named hyperlink targets of a document (`.. _name: url`). */
export interface RstTargets {
  /** False when the document has none: references need no look-up. */
  readonly some: boolean
  /** The URL of the target named `name` (normalized), if any. */
  get(name: string): string | undefined
}

// Sphinx roles whose text is code: `:func:` → `name()`, `:class:` → `Name`.
const CODE_ROLES = new Set([
  'attr',
  'class',
  'command',
  'confval',
  'const',
  'data',
  'envvar',
  'exc',
  'file',
  'fixture',
  'func',
  'hook',
  'kbd',
  'meth',
  'mod',
  'obj',
  'option',
  'program',
  'samp',
  'setting',
  'type'
])
const CALLABLE_ROLES = new Set(['func', 'meth'])
const ISSUE_ROLES = new Set([
  'issue',
  'issues',
  'bug',
  'gh',
  'ghissue',
  'gh-issue'
])
const PULL_ROLES = new Set(['pr', 'pull', 'pull-request', 'gh-pr', 'merge'])
const USER_ROLES = new Set(['user', 'gh-user', 'github-user', 'ghuser'])

const ROLE = /:([A-Za-z][A-Za-z0-9_.+:-]{0,40}):`/y
const NAME_CHARS = /^[A-Za-z0-9_.+-]$/
const BACKTICK = 0x60
// What may follow inline markup's end-string (besides any whitespace).
const ENDS_MARKUP = ` \t\n-.,:;!?\\/'")]}>\u00a0`
const COLON = 0x3a
const UNDERSCORE = 0x5f
const TARGET_PART = /^([^<]*)<([^<>]+)>$/

/**
 * Converts reStructuredText inline markup in one line to GitHub Markdown:
 * ``` ``literal`` ``` to a code span, `` `text <url>`_ `` (and `__`) to a
 * link, `` `name`_ `` through the document's targets, and Sphinx roles to
 * readable text (`:issue:` → `#123`, `:user:` → `@name`, `:func:` → code).
 */
export function rstInlineToMarkdown(text: string, targets: RstTargets): string {
  const parts: string[] = []
  const literals: LiteralSearch = { failedFrom: Infinity }
  let copied = 0
  let i = 0
  // One pass; only characters that can start markup cost more than a look.
  while (i < text.length) {
    const c = text.charCodeAt(i)
    let markup: Converted | null = null
    if (c === BACKTICK) markup = backtickAt(text, i, targets, literals)
    else if (c === COLON) markup = roleAt(text, i)
    else if (c === UNDERSCORE && targets.some) {
      markup = referenceEndingAt(text, i, copied, targets)
    }
    if (!markup) {
      i++
      continue
    }
    parts.push(text.slice(copied, markup.start), markup.text)
    i = copied = markup.end
  }
  parts.push(text.slice(copied))
  return parts.join('')
}

/** Where the search for an inline literal's end found none. */
interface LiteralSearch {
  failedFrom: number
}

// reST § Inline markup recognition rules: an end-string follows no
// whitespace and is followed by whitespace, punctuation or the end, so
// ``` ``x``` `` ends after its third backtick. A failed search means every
// later one fails too, which keeps the scan linear.
function literalEnd(text: string, from: number, search: LiteralSearch): number {
  if (from >= search.failedFrom) return -1
  let end = text.indexOf('``', from)
  while (end >= 0) {
    const after = text[end + 2]
    const before = text.charCodeAt(end - 1)
    if ((after === undefined || ENDS_MARKUP.includes(after)) && before > 0x20) {
      return end
    }
    end = text.indexOf('``', end + 1)
  }
  search.failedFrom = from
  return -1
}

/** Markup at `start`..`end` of the text and its Markdown. */
interface Converted {
  readonly start: number
  readonly text: string
  readonly end: number
}

function backtickAt(
  text: string,
  at: number,
  targets: RstTargets,
  literals: LiteralSearch
): Converted | null {
  if (text.charCodeAt(at + 1) === BACKTICK) {
    const end = literalEnd(text, at + 2, literals)
    if (end > at + 2) {
      return {
        start: at,
        text: codeSpan(text.slice(at + 2, end)),
        end: end + 2
      }
    }
  }
  return interpretedAt(text, at, targets)
}

function roleAt(line: string, at: number): Converted | null {
  if (at > 0 && isWordChar(line[at - 1])) return null
  ROLE.lastIndex = at
  const m = ROLE.exec(line)
  if (!m) return null
  const start = ROLE.lastIndex
  const close = line.indexOf('`', start)
  if (close <= start) return null
  const name = (m[1] as string).toLowerCase()
  const text = roleText(name, line.slice(start, close))
  return { start: at, text, end: close + 1 }
}

function roleText(role: string, content: string): string {
  const [title, target] = splitTarget(content)
  const name = role.includes(':') ? role.slice(role.lastIndexOf(':') + 1) : role
  if (ISSUE_ROLES.has(name) || PULL_ROLES.has(name)) {
    return `#${(target ?? title).replace(/^#/, '')}`
  }
  if (USER_ROLES.has(name)) return `@${(target ?? title).replace(/^@/, '')}`
  if (name === 'pep') return `PEP ${title}`
  if (name === 'cve') return /^cve-/i.test(title) ? title : `CVE-${title}`
  if (name === 'bpo') return `bpo-${title}`
  if (name === 'ghsa') return /^ghsa-/i.test(title) ? title : `GHSA-${title}`
  if (CODE_ROLES.has(name)) return codeSpan(codeName(name, title, target))
  return title
}

// `~pkg.mod.func` shows `func`; `!name` suppresses the link; an explicit
// title wins over the target.
function codeName(
  role: string,
  title: string,
  target: string | undefined
): string {
  let name = title
  if (target === undefined) {
    name = name.replace(/^!/, '')
    if (name.startsWith('~')) name = name.slice(name.lastIndexOf('.') + 1)
  }
  if (CALLABLE_ROLES.has(role) && !name.endsWith(')')) name += '()'
  return name
}

// `` `text <url>`_ ``, `` `<url>`__ ``, `` `name`_ ``, or plain `` `text` ``.
function interpretedAt(
  line: string,
  at: number,
  targets: RstTargets
): Converted | null {
  const close = line.indexOf('`', at + 1)
  if (close <= at + 1) return null
  const content = line.slice(at + 1, close)
  let end = close + 1
  const underscores = line.startsWith('__', end) ? 2 : line[end] === '_' ? 1 : 0
  end += underscores
  if (underscores === 0) return { start: at, text: codeSpan(content), end }
  const [title, target] = splitTarget(content)
  if (target !== undefined) {
    const link = title === '' ? `<${target}>` : `[${title}](${target})`
    return { start: at, text: link, end }
  }
  const url = targets.get(normalizeName(title))
  return { start: at, text: url ? `[${title}](${url})` : title, end }
}

// `name_` refers to the target `name`; the name runs back from the `_`
// over name characters, no further than the text not yet copied.
function referenceEndingAt(
  text: string,
  at: number,
  from: number,
  targets: RstTargets
): Converted | null {
  // `name_.` ends a sentence; `name_x` is a word.
  if (isWordChar(text[at + 1])) return null
  let start = at
  while (start > from && isNameChar(text[start - 1])) start--
  while (start < at && !isWordChar(text[start])) start++
  if (start === at) return null
  const name = text.slice(start, at)
  const url = targets.get(normalizeName(name))
  return url ? { start, text: `[${name}](${url})`, end: at + 1 } : null
}

/** Reference names compare case- and whitespace-insensitively (docutils). */
export function normalizeName(name: string): string {
  const lower = name.trim().toLowerCase()
  return /\s/.test(lower) ? lower.split(/\s+/).join(' ') : lower
}

function splitTarget(content: string): [string, string | undefined] {
  const m = TARGET_PART.exec(content)
  if (!m) return [content.trim(), undefined]
  return [(m[1] as string).trim(), (m[2] as string).trim()]
}

// CommonMark § Code spans: the fence is a backtick run no run inside
// matches; spaces pad content that starts or ends with a backtick.
function codeSpan(text: string): string {
  const runs = new Set<number>()
  let run = 0
  for (let i = 0; i <= text.length; i++) {
    if (text[i] === '`') run++
    else if (run > 0) {
      runs.add(run)
      run = 0
    }
  }
  let width = 1
  while (runs.has(width)) width++
  const fence = '`'.repeat(width)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9_]$/.test(ch)
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHARS.test(ch)
}
