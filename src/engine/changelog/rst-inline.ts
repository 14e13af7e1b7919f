/** Named hyperlink targets of a document (`.. _name: url`), keyed lowercase. */
export type RstTargets = ReadonlyMap<string, string>

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
const TARGET_PART = /^([^<]*)<([^<>]+)>$/

/**
 * Converts reStructuredText inline markup in one line to GitHub Markdown:
 * ``` ``literal`` ``` to a code span, `` `text <url>`_ `` (and `__`) to a
 * link, `` `name`_ `` through the document's targets, and Sphinx roles to
 * readable text (`:issue:` → `#123`, `:user:` → `@name`, `:func:` → code).
 */
export function rstInlineToMarkdown(line: string, targets: RstTargets): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const ch = line[i] as string
    if (ch === '`' && line[i + 1] === '`') {
      const end = line.indexOf('``', i + 2)
      if (end > i + 2) {
        out += codeSpan(line.slice(i + 2, end))
        i = end + 2
        continue
      }
    }
    if (ch === ':' && (i === 0 || !isWordChar(line[i - 1]))) {
      const role = roleAt(line, i)
      if (role) {
        out += role.text
        i = role.end
        continue
      }
    }
    if (ch === '`') {
      const ref = interpretedAt(line, i, targets)
      if (ref) {
        out += ref.text
        i = ref.end
        continue
      }
    }
    if (isWordChar(ch) && !isWordChar(line[i - 1])) {
      const word = simpleReferenceAt(line, i, targets)
      out += word.text
      i = word.end
      continue
    }
    out += ch
    i++
  }
  return out
}

interface Converted {
  readonly text: string
  readonly end: number
}

function roleAt(line: string, at: number): Converted | null {
  ROLE.lastIndex = at
  const m = ROLE.exec(line)
  if (!m) return null
  const start = ROLE.lastIndex
  const close = line.indexOf('`', start)
  if (close <= start) return null
  const name = (m[1] as string).toLowerCase()
  return { text: roleText(name, line.slice(start, close)), end: close + 1 }
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
  if (underscores === 0) return { text: codeSpan(content), end }
  const [title, target] = splitTarget(content)
  if (target !== undefined) {
    return { text: title === '' ? `<${target}>` : `[${title}](${target})`, end }
  }
  const url = targets.get(normalizeName(title))
  return { text: url ? `[${title}](${url})` : title, end }
}

// `name_` refers to the target `name`; a word without a target stays as is.
function simpleReferenceAt(
  line: string,
  at: number,
  targets: RstTargets
): Converted {
  let end = at
  while (end < line.length && NAME_CHARS.test(line[end] as string)) end++
  while (end > at && '.+-'.includes(line[end - 1] as string)) end--
  const word = line.slice(at, end)
  if (word.length > 1 && word.endsWith('_')) {
    const name = word.slice(0, -1)
    const url = targets.get(normalizeName(name))
    if (url) return { text: `[${name}](${url})`, end }
  }
  return { text: word, end }
}

/** Reference names compare case- and whitespace-insensitively (docutils). */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().split(/\s+/).join(' ')
}

function splitTarget(content: string): [string, string | undefined] {
  const m = TARGET_PART.exec(content)
  if (!m) return [content.trim(), undefined]
  return [(m[1] as string).trim(), (m[2] as string).trim()]
}

function codeSpan(text: string): string {
  if (!text.includes('`')) return `\`${text}\``
  return `\`\` ${text} \`\``
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9_]$/.test(ch)
}
