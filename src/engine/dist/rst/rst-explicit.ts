/**
 * Explicit markup blocks (reStructuredText markup specification § Explicit
 * markup blocks): footnotes, citations, hyperlink targets, substitution
 * definitions, directives and comments, one after another without blank
 * lines between them if need be.
 */
import { indentedBlock } from './rst-blocks.js'
import { parseBody } from './rst-body.js'
import { runDirective } from './rst-directives.js'
import { type RstDocument, report } from './rst-document.js'
import { escapeToNull, normalizeRefName, type RstLine } from './rst-text.js'
import { lazy } from '../../lazy.js'

/** The start of an explicit markup block. */
export const EXPLICIT = /^\.\.(?: +|$)/
/** An anonymous target written `__ uri`. */
export const ANONYMOUS = /^__(?: +|$)/
const NAME = '(?:[\\p{L}\\p{N}])+(?:[-._+:](?:[\\p{L}\\p{N}])+)*'
const FOOTNOTE = lazy(() => new RegExp(`^\\[([0-9]+|#(?:${NAME})?|\\*)\\](?: +|$)`, 'u'))
const CITATION = lazy(() => new RegExp(`^\\[(${NAME})\\](?: +|$)`, 'u'))
const TARGET =
  /^(?:_|(?!_)(`?)(?![ `])(.+?)(?<![\s\0])\1)(?<!(?<!\0):)(?<![\s\0]) ?:(?: +|$)/
const SUBSTITUTION = /^((?! )(.+?)(?<![\s\0])\|)(?: +|$)/
const DIRECTIVE = lazy(() => new RegExp(`^(${NAME}) ?::(?: +|$)`, 'u'))

/** Parses explicit markup from line `at`; returns the index after it. */
export function explicitMarkup(
  doc: RstDocument,
  lines: readonly RstLine[],
  at: number
): number {
  let start = at
  for (;;) {
    const line = lines[start] as RstLine
    const anonymous = ANONYMOUS.exec(line.text)
    const marker = anonymous ?? EXPLICIT.exec(line.text)
    const end = marker?.[0].length ?? 2
    const text = line.text.slice(end)
    const isTarget = anonymous !== null || text.startsWith('_')
    const emptyComment = text === '' && lines[start + 1]?.text === ''
    const block = emptyComment
      ? { lines: [{ ...line, text: '' }], end: start + 1, blankFinish: true }
      : indentedBlock(lines, start, end, isTarget)
    if (anonymous) doc.anonymousTargets.push(line.line)
    else construct(doc, block.lines, line.line)
    let next = block.end
    while (next < lines.length && (lines[next] as RstLine).text === '') next++
    const following = lines[next]?.text ?? ''
    if (EXPLICIT.test(following) || ANONYMOUS.test(following)) {
      start = next
      continue
    }
    const after = lines[block.end]
    if (!block.blankFinish && after) {
      report(doc, 'WARNING', after.line, 'Explicit markup ends without a blank line; unexpected unindent.')
    }
    return block.end
  }
}

function construct(doc: RstDocument, block: readonly RstLine[], line: number): void {
  const first = block[0]?.text ?? ''
  const rest = (m: RegExpExecArray): RstLine[] => [
    { text: first.slice(m[0].length), line },
    ...block.slice(1)
  ]
  const footnote = FOOTNOTE().exec(first)
  if (footnote) return noteFootnote(doc, footnote[1] ?? '', rest(footnote), line)
  const citation = CITATION().exec(first)
  if (citation) {
    const name = normalizeRefName(citation[1] ?? '')
    doc.footnoteLabels.add(name)
    doc.targets.push({ name, explicit: true, uri: null, line })
    return parseBody(doc, rest(citation), false)
  }
  if (first.startsWith('_')) return hyperlinkTarget(doc, block, line)
  if (first.startsWith('|')) return substitutionDefinition(doc, block, line)
  const directive = DIRECTIVE().exec(first)
  if (directive) runDirective(doc, directive[1] ?? '', rest(directive), line, false)
}

function noteFootnote(doc: RstDocument, label: string, body: RstLine[], line: number): void {
  if (label === '#') doc.autoFootnotes.defined++
  else if (label === '*') doc.symbolFootnotes.defined++
  else {
    const name = normalizeRefName(label.replace(/^#/, ''))
    doc.footnoteLabels.add(name)
    doc.targets.push({ name, explicit: true, uri: null, line })
  }
  parseBody(doc, body, false)
}

function hyperlinkTarget(doc: RstDocument, block: readonly RstLine[], line: number): void {
  const escaped = block.map(l => escapeToNull(l.text.trim()))
  let joined = (escaped[0] ?? '').slice(1)
  let used = 1
  let m = TARGET.exec(joined)
  while (!m && used < escaped.length) {
    joined += escaped[used++] ?? ''
    m = TARGET.exec(joined)
  }
  if (!m) {
    report(doc, 'WARNING', line, 'malformed hyperlink target.')
    return
  }
  const body = [joined.slice(m[0].length), ...escaped.slice(used)].join(' ').trim()
  if (m[2] === undefined) {
    doc.anonymousTargets.push(line)
    return
  }
  const name = normalizeRefName(m[2].replace(/\0/g, ''))
  const indirect = /[^\0]_$/.test(body) && !/^[a-z][a-z0-9.+-]*:/i.test(body)
  if (indirect) {
    const target = body.slice(0, -1).replace(/^`(.*)`$/, '$1').replace(/\0/g, '')
    doc.indirectTargets.push({ name, target: normalizeRefName(target), line })
  }
  const uri = body === '' || indirect ? null : body.replace(/\s+/g, '').replace(/\0/g, '')
  doc.targets.push({ name, explicit: true, uri, line })
}

function substitutionDefinition(doc: RstDocument, block: readonly RstLine[], line: number): void {
  const text = escapeToNull(block[0]?.text ?? '').slice(1)
  const m = SUBSTITUTION.exec(text)
  const directive = m ? DIRECTIVE().exec(text.slice(m[0].length)) : null
  const name = (m?.[2] ?? '').replace(/\0/g, '').replace(/\s+/g, ' ')
  if (!m || !directive) {
    report(doc, 'ERROR', line, `Substitution definition "${name}" empty or invalid.`)
    return
  }
  if (doc.substitutions.includes(name)) {
    report(doc, 'ERROR', line, `Duplicate substitution definition name: "${name}".`)
  }
  doc.substitutions.push(name)
  const args = text.slice(m[0].length + directive[0].length)
  runDirective(doc, directive[1] ?? '', [{ text: args, line }, ...block.slice(1)], line, true)
}
