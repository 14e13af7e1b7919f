/**
 * Body elements, in the order docutils' `Body` state tries them: block
 * quotes, lists, doctest blocks, tables, explicit markup, section
 * adornments, and finally paragraphs, definition lists and titles.
 */
import { indentedBlock, textBlock } from './rst-blocks.js'
import { type RstDocument, report } from './rst-document.js'
import { continuesEnumeration, ENUMERATED, isListItem } from './rst-enumerators.js'
import { ANONYMOUS, explicitMarkup, EXPLICIT } from './rst-explicit.js'
import { scanInline } from './rst-inline-markup.js'
import { LIST_KINDS, parseList } from './rst-lists.js'
import {
  isAdornment,
  overlinedTitle,
  type TopLevel,
  underlinedTitle
} from './rst-sections.js'
import { gridTable, simpleTable, GRID_TOP, SIMPLE_TOP } from './rst-tables.js'
import type { RstLine } from './rst-text.js'

const MAX_DEPTH = 32
const MAX_PROBLEMS = 50

/**
 * Parses `lines` as body elements; `titles` is docutils' `match_titles`:
 * true at the top of the document, false inside lists, quotes and
 * directives, where a section title is an error.
 */
export function parseBody(
  doc: RstDocument,
  lines: readonly RstLine[],
  titles: boolean
): void {
  // Nested blocks are read again at each level: bound the depth, and stop
  // once the description has far more problems than are shown.
  if (doc.depth >= MAX_DEPTH || doc.problems.length >= MAX_PROBLEMS) return
  doc.depth++
  const last = { value: 'start' as TopLevel, line: 0 }
  let at = 0
  while (at < lines.length) {
    const text = (lines[at] as RstLine).text
    if (text === '') {
      at++
      continue
    }
    at = Math.max(element(doc, lines, at, titles, last), at + 1)
  }
  doc.depth--
  if (titles && last.value === 'transition') {
    report(doc, 'ERROR', last.line, 'Document may not end with a transition.')
  }
}

function element(
  doc: RstDocument,
  lines: readonly RstLine[],
  at: number,
  titles: boolean,
  last: { value: TopLevel; line: number }
): number {
  const text = (lines[at] as RstLine).text
  const before = last.value
  last.value = 'element'
  if (text.startsWith(' ')) return blockQuote(doc, lines, at)
  const bullet = LIST_KINDS.bullet?.match(text)
  if (bullet && LIST_KINDS.bullet) {
    return parseList(doc, lines, at, LIST_KINDS.bullet, bullet)
  }
  const enumerator = ENUMERATED.match(text)
  if (enumerator && isListItem(lines, at, enumerator)) {
    return parseList(doc, lines, at, ENUMERATED, enumerator, (a, b, i) =>
      continuesEnumeration(lines, a, b, i)
    )
  }
  for (const kind of ['field', 'option', 'lineBlock']) {
    const list = LIST_KINDS[kind]
    const marker = list?.match(text)
    if (list && marker) return parseList(doc, lines, at, list, marker)
  }
  if (/^>>>( |$)/.test(text)) return at + textBlock(lines, at).length
  if (GRID_TOP.test(text)) return gridTable(doc, lines, at)
  if (SIMPLE_TOP.test(text)) return simpleTable(doc, lines, at)
  if (EXPLICIT.test(text) || ANONYMOUS.test(text)) {
    return explicitMarkup(doc, lines, at)
  }
  if (isAdornment(text)) {
    last.value = before
    const after = overlinedTitle(doc, lines, at, titles, last)
    if (after >= 0) return after
    last.value = 'element'
  }
  return textElement(doc, lines, at, titles, last)
}

function blockQuote(doc: RstDocument, lines: readonly RstLine[], at: number): number {
  const block = indentedBlock(lines, at, null)
  parseBody(doc, block.lines, false)
  const line = lines[block.end]
  if (!block.blankFinish && line) {
    report(doc, 'WARNING', line.line, 'Block quote ends without a blank line; unexpected unindent.')
  }
  return block.end
}

function textElement(
  doc: RstDocument,
  lines: readonly RstLine[],
  at: number,
  titles: boolean,
  last: { value: TopLevel; line: number }
): number {
  const next = lines[at + 1]
  if (next && next.text !== '' && !next.text.startsWith(' ') && isAdornment(next.text)) {
    if (underlinedTitle(doc, lines, at, titles)) {
      last.value = 'title'
      return at + 2
    }
  }
  if (next && next.text.startsWith(' ')) return definitionList(doc, lines, at)
  return paragraph(doc, lines, at)
}

function paragraph(doc: RstDocument, lines: readonly RstLine[], at: number): number {
  const block = textBlock(lines, at)
  const indented = block.findIndex((l, i) => i > 0 && l.text.startsWith(' '))
  const own = indented > 0 ? block.slice(0, indented) : block
  const data = own.map(l => l.text).join('\n').trimEnd()
  const literal = /(?<!\\)(?:\\\\)*::$/.test(data)
  const inline = !literal ? data : data.length === 2 ? '' : data.slice(0, -1)
  scanInline(doc, inline, (lines[at] as RstLine).line)
  if (indented > 0) {
    report(doc, 'ERROR', (block[indented] as RstLine).line, 'Unexpected indentation.')
    return at + indented
  }
  const end = at + block.length
  return literal ? literalBlock(doc, lines, end) : end
}

function literalBlock(doc: RstDocument, lines: readonly RstLine[], at: number): number {
  const block = indentedBlock(lines, at, null)
  if (block.lines.some(l => l.text !== '')) {
    const line = lines[block.end]
    if (!block.blankFinish && line) {
      report(doc, 'WARNING', line.line, 'Literal block ends without a blank line; unexpected unindent.')
    }
    return block.end
  }
  let start = at
  while (start < lines.length && (lines[start] as RstLine).text === '') start++
  const first = lines[start]
  const quote = first?.text[0]
  if (first && quote !== undefined && /[!-/:-@[-`{-~]/.test(quote)) {
    let end = start
    while (end < lines.length && (lines[end] as RstLine).text.startsWith(quote)) end++
    return end
  }
  const line = first?.line ?? (lines[at - 1] as RstLine).line + 1
  report(doc, 'WARNING', line, 'Literal block expected; none found.')
  return start
}

// Lines that start some other construct, which ends a definition list.
const OTHER_CONSTRUCT =
  /^(?:[-+*\u2022\u2023\u2043](?: |$)|\.\.(?: |$)|__(?: |$)|:|\+-|=+ |>>>|\|(?: |$)|(?:\(?[0-9a-zA-Z#]+[.)])(?: |$)|([!-/:-@[-`{-~])\1* *$)/

function definitionList(doc: RstDocument, lines: readonly RstLine[], at: number): number {
  let term = at
  for (;;) {
    const termLine = lines[term] as RstLine
    scanInline(doc, termLine.text.split(' : ')[0] ?? '', termLine.line)
    const block = indentedBlock(lines, term + 1, null)
    parseBody(doc, block.lines, false)
    let next = block.end
    while (next < lines.length && (lines[next] as RstLine).text === '') next++
    const candidate = lines[next]
    const definition = lines[next + 1]
    if (
      candidate &&
      !candidate.text.startsWith(' ') &&
      !OTHER_CONSTRUCT.test(candidate.text) &&
      definition?.text.startsWith(' ')
    ) {
      term = next
      continue
    }
    if (!block.blankFinish && lines[block.end]) {
      report(doc, 'WARNING', (lines[block.end] as RstLine).line, 'Definition list ends without a blank line; unexpected unindent.')
    }
    return block.end
  }
}
