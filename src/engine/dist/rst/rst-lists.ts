/**
 * Lists (reStructuredText markup specification § Bullet lists, Enumerated
 * lists, Field lists, Option lists, Line blocks): each item is the block
 * after its marker, parsed as body elements; a list that stops at an
 * unindented line without a blank line before it draws docutils' warning.
 */
import { indentedBlock } from './rst-blocks.js'
import { parseBody } from './rst-body.js'
import { type RstDocument, report } from './rst-document.js'
import { scanInline } from './rst-inline-markup.js'
import type { RstLine } from './rst-text.js'

/** A list item marker found on a line. */
export interface Marker {
  /** Column where the item's text starts. */
  readonly end: number
  /** What later items must share with this one to continue the list. */
  readonly key: string
  readonly ordinal: number | null
}

/** One kind of list. */
export interface ListKind {
  /** As docutils names it in its warning, e.g. `Bullet list`. */
  readonly name: string
  match(text: string): Marker | null
  /** Item text is inline only (line blocks), not body elements. */
  readonly inline?: boolean
  /** The warning when the list ends without a blank line, if not the usual. */
  readonly unindent?: string
}

const BULLET = /^([-+*\u2022\u2023\u2043])( +|$)/
const FIELD = /^:(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):( +|$)/
const OPTION_NAME = '(?:--?[A-Za-z0-9][\\w-]*|/[A-Za-z0-9]+|\\+[A-Za-z0-9])'
const OPTION_ARG = '(?:[ =](?:<[^<>]+>|[A-Za-z][\\w-]*))?'
const OPTION = new RegExp(
  `^${OPTION_NAME}${OPTION_ARG}(?:, ${OPTION_NAME}${OPTION_ARG})*(?:  +|$)`
)
const LINE_BLOCK = /^\|( +|$)/

/** The simple list kinds; enumerated lists are in rst-enumerators. */
export const LIST_KINDS: Record<string, ListKind> = {
  bullet: {
    name: 'Bullet list',
    match: text => marker(BULLET.exec(text), m => m[1] ?? '')
  },
  field: {
    name: 'Field list',
    match: text => marker(FIELD.exec(text), () => 'field')
  },
  option: {
    name: 'Option list',
    match: text => marker(OPTION.exec(text), () => 'option')
  },
  lineBlock: {
    name: 'Line block',
    inline: true,
    unindent: 'Line block ends without a blank line.',
    match: text => marker(LINE_BLOCK.exec(text), () => 'line')
  }
}

function marker(
  m: RegExpExecArray | null,
  key: (m: RegExpExecArray) => string
): Marker | null {
  return m ? { end: m[0].length, key: key(m), ordinal: null } : null
}

/**
 * Parses the list whose first marker `first` is on line `start`; returns
 * the index of the first line after the list.
 */
export function parseList(
  doc: RstDocument,
  lines: readonly RstLine[],
  start: number,
  kind: ListKind,
  first: Marker,
  continues: (previous: Marker, next: Marker, at: number) => boolean = (
    a,
    b
  ) => a.key === b.key
): number {
  let at = start
  let current = first
  for (;;) {
    const block = indentedBlock(lines, at, current.end)
    if (kind.inline) {
      const line = block.lines[0]?.line ?? (lines[at] as RstLine).line
      scanInline(doc, block.lines.map(l => l.text).join('\n'), line)
    } else parseBody(doc, block.lines, false)
    let next = block.end
    while (next < lines.length && (lines[next] as RstLine).text === '') next++
    const line = lines[next]
    const following = line ? kind.match(line.text) : null
    if (following && continues(current, following, next)) {
      at = next
      current = following
      continue
    }
    if (!block.blankFinish && line) {
      report(
        doc,
        'WARNING',
        line.line,
        kind.unindent ??
          `${kind.name} ends without a blank line; unexpected unindent.`
      )
    }
    return block.end
  }
}
