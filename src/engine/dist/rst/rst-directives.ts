/**
 * The directives docutils knows, with their arguments, options and content
 * (reStructuredText directives), as the index runs them: `raw` and
 * `include` disabled, file access off. Sphinx directives (`toctree`,
 * `versionadded`, `code-block` options such as `:linenos:` …) are unknown
 * to docutils and fail the render.
 */
import { parseBody } from './rst-body.js'
import { type RstDocument, report } from './rst-document.js'
import { scanInline } from './rst-inline-markup.js'
import type { RstLine } from './rst-text.js'

interface Spec {
  /** Required and optional argument counts. */
  readonly args: readonly [number, number]
  /** The last argument may hold spaces. */
  readonly spaces?: boolean
  readonly options: readonly string[]
  /** `parsed`: body elements; `text`: literal; `none`: not allowed. */
  readonly content: 'parsed' | 'text' | 'none'
  readonly contentRequired?: boolean
}

const COMMON = ['class', 'name']
const IMAGE = ['alt', 'height', 'width', 'scale', 'align', 'target', 'loading', ...COMMON]
const admonition: Spec = { args: [0, 0], options: COMMON, content: 'parsed', contentRequired: true }
const container = (args: readonly [number, number], options: readonly string[] = COMMON): Spec => ({
  args,
  spaces: true,
  options,
  content: 'parsed',
  contentRequired: true
})
const TABLE = ['widths', 'width', 'align', 'header-rows', 'stub-columns', ...COMMON]

const SPECS: Record<string, Spec> = {
  attention: admonition,
  caution: admonition,
  danger: admonition,
  error: admonition,
  hint: admonition,
  important: admonition,
  note: admonition,
  tip: admonition,
  warning: admonition,
  admonition: container([1, 0]),
  image: { args: [1, 0], spaces: true, options: IMAGE, content: 'none' },
  figure: { args: [1, 0], spaces: true, options: [...IMAGE, 'figwidth', 'figclass'], content: 'parsed' },
  code: { args: [0, 1], options: ['number-lines', ...COMMON], content: 'text', contentRequired: true },
  'code-block': { args: [0, 1], options: ['number-lines', ...COMMON], content: 'text', contentRequired: true },
  sourcecode: { args: [0, 1], options: ['number-lines', ...COMMON], content: 'text', contentRequired: true },
  math: { args: [0, 0], options: COMMON, content: 'text' },
  'parsed-literal': { args: [0, 0], options: COMMON, content: 'text', contentRequired: true },
  'line-block': { args: [0, 0], options: COMMON, content: 'text', contentRequired: true },
  topic: container([1, 0]),
  sidebar: container([0, 1], ['subtitle', ...COMMON]),
  rubric: { args: [1, 0], spaces: true, options: COMMON, content: 'none' },
  epigraph: container([0, 0]),
  highlights: container([0, 0]),
  'pull-quote': container([0, 0]),
  compound: container([0, 0]),
  container: container([0, 1], ['name']),
  table: container([0, 1], TABLE),
  'list-table': container([0, 1], TABLE),
  'csv-table': {
    args: [0, 1],
    spaces: true,
    options: [...TABLE, 'header', 'file', 'url', 'encoding', 'delim', 'quote', 'keepspace', 'escape'],
    content: 'text'
  },
  contents: { args: [0, 1], spaces: true, options: ['depth', 'local', 'backlinks', 'class'], content: 'none' },
  sectnum: { args: [0, 0], options: ['depth', 'prefix', 'suffix', 'start'], content: 'none' },
  'section-numbering': { args: [0, 0], options: ['depth', 'prefix', 'suffix', 'start'], content: 'none' },
  header: { args: [0, 0], options: [], content: 'parsed', contentRequired: true },
  footer: { args: [0, 0], options: [], content: 'parsed', contentRequired: true },
  'target-notes': { args: [0, 0], options: ['class', 'name'], content: 'none' },
  meta: { args: [0, 0], options: [], content: 'text', contentRequired: true },
  class: { args: [1, 0], spaces: true, options: [], content: 'parsed' },
  role: { args: [1, 0], spaces: true, options: ['class', 'format', 'language'], content: 'text' },
  'default-role': { args: [0, 1], options: [], content: 'none' },
  title: { args: [1, 0], spaces: true, options: [], content: 'none' },
  replace: { args: [0, 0], options: [], content: 'text', contentRequired: true },
  unicode: { args: [1, 0], spaces: true, options: ['trim', 'ltrim', 'rtrim'], content: 'none' },
  date: { args: [0, 1], spaces: true, options: [], content: 'none' },
  'restructuredtext-test-directive': { args: [0, 1], spaces: true, options: [], content: 'text' }
}

const SUBSTITUTION_ONLY = new Set(['replace', 'unicode', 'date'])
const DISABLED = new Set(['raw', 'include'])
const FIELD = /^:(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):(?: +|$)/

/**
 * Runs directive `name` on its block (first line: the text after `::`),
 * reporting what docutils would.
 */
export function runDirective(
  doc: RstDocument,
  name: string,
  block: readonly RstLine[],
  line: number,
  inSubstitution: boolean
): void {
  const key = name.toLowerCase()
  if (DISABLED.has(key)) {
    report(doc, 'WARNING', line, `"${key}" directive disabled.`)
    return
  }
  const spec = SPECS[key]
  if (!spec) {
    report(doc, 'ERROR', line, `Unknown directive type "${name}".`)
    return
  }
  if (SUBSTITUTION_ONLY.has(key) && !inSubstitution) {
    report(doc, 'ERROR', line, `Invalid context: the "${key}" directive can only be used within a substitution definition.`)
    return
  }
  const parts = splitBlock(block, spec)
  if (parts.content.length === 0 && spec.contentRequired) {
    report(doc, 'ERROR', line, `Content block expected for the "${key}" directive; none found.`)
    return
  }
  const problem = partsProblem(spec, parts)
  if (problem) {
    report(doc, 'ERROR', line, `Error in "${key}" directive:\n${problem}.`)
    return
  }
  if (key === 'csv-table' && parts.options.some(o => o === 'file' || o === 'url')) {
    report(doc, 'WARNING', line, 'File and URL access deactivated; ignoring "csv-table" directive.')
    return
  }
  if (key === 'role') {
    const role = parts.args.join(' ').split('(')[0]?.trim().toLowerCase()
    if (role) doc.roles.add(role)
  }
  if (spec.content === 'parsed') parseBody(doc, parts.content, false)
  if (key === 'parsed-literal' || key === 'line-block' || key === 'replace') {
    // docutils reports these at the directive's line.
    if (parts.content.length > 0) {
      scanInline(doc, parts.content.map(l => l.text).join('\n'), line)
    }
  }
}

interface Parts {
  readonly args: string[]
  readonly options: string[]
  readonly badOption: boolean
  readonly content: RstLine[]
}

// docutils' parse_directive_block: arguments and options up to the first
// blank line, when the directive takes any; the rest is content.
function splitBlock(block: readonly RstLine[], spec: Spec): Parts {
  const lines = [...block]
  while (lines.length > 0 && lines[lines.length - 1]?.text.trim() === '') lines.pop()
  const takesArgs = spec.args[0] + spec.args[1] > 0
  let head: RstLine[] = []
  let content = lines
  if (lines.length > 0 && lines[0]?.text.trim() === '') lines.shift()
  if (takesArgs || spec.options.length > 0) {
    const blank = lines.findIndex(l => l.text.trim() === '')
    const cut = blank < 0 ? lines.length : blank
    head = lines.slice(0, cut)
    content = lines.slice(cut + 1)
  }
  const optionAt = head.findIndex(l => FIELD.test(l.text))
  const optionLines = optionAt < 0 ? [] : head.slice(optionAt)
  let argLines = optionAt < 0 ? head : head.slice(0, optionAt)
  if (argLines.length > 0 && !takesArgs) {
    content = [...argLines, ...lines.slice(head.length)]
    argLines = []
  }
  while (content.length > 0 && content[0]?.text.trim() === '') content.shift()
  const options = optionLines
    .filter(l => FIELD.test(l.text))
    .map(l => (/^:([^:]+):/.exec(l.text)?.[1] ?? '').toLowerCase())
  const badOption = optionLines.some((l, i) => i > 0 && !FIELD.test(l.text) && !l.text.startsWith(' '))
  const args = argLines.map(l => l.text).join('\n').split(/\s+/).filter(Boolean)
  return { args, options, badOption, content }
}

function partsProblem(spec: Spec, parts: Parts): string | null {
  const [required, optional] = spec.args
  if (parts.args.length < required) {
    return `${required} argument(s) required, ${parts.args.length} supplied`
  }
  if (parts.args.length > required + optional && !spec.spaces) {
    return `maximum ${required + optional} argument(s) allowed, ${parts.args.length} supplied`
  }
  if (parts.badOption) return 'invalid option block'
  const unknown = parts.options.find(o => !spec.options.includes(o))
  if (unknown !== undefined) return `unknown option: "${unknown}"`
  if (parts.content.length > 0 && spec.content === 'none') return 'no content permitted'
  return null
}
