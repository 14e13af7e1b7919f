/**
 * Tables (reStructuredText markup specification § Tables): grid tables
 * traced cell by cell as docutils' `GridTableParser` does, simple tables
 * checked for text in the column margins; a table that does not parse is
 * docutils' "Malformed table." error.
 */
import { parseBody } from './rst-body.js'
import { type RstDocument, report } from './rst-document.js'
import { scanInline } from './rst-inline-markup.js'
import type { RstLine } from './rst-text.js'

/** The top border of a grid table. */
export const GRID_TOP = /^\+-[-+]+-\+ *$/
/** The top border of a simple table. */
export const SIMPLE_TOP = /^=+(?: +=+)+ *$/
const SIMPLE_BORDER = /^=+[ =]*$/

/** Parses a grid table from line `at`; returns the index after it. */
export function gridTable(doc: RstDocument, lines: readonly RstLine[], at: number): number {
  let end = at
  let blankFinish = true
  while (end < lines.length && (lines[end] as RstLine).text !== '') {
    const text = (lines[end] as RstLine).text
    if (!'+|'.includes(text[0] ?? '')) {
      blankFinish = false
      break
    }
    end++
  }
  let block = lines.slice(at, end)
  if (!GRID_TOP.test(block[block.length - 1]?.text ?? '')) {
    blankFinish = false
    const bottom = block.findLastIndex((l, i) => i >= 2 && GRID_TOP.test(l.text))
    if (bottom < 0) return malformed(doc, lines[at] as RstLine, end)
    block = block.slice(0, bottom + 1)
    end = at + bottom + 1
  }
  const width = block[0]?.text.length ?? 0
  if (block.some(l => l.text.length !== width || !'+|'.includes(l.text[width - 1] ?? ''))) {
    return malformed(doc, lines[at] as RstLine, end)
  }
  const cells = traceCells(block.map(l => l.text.replace(/^\+=[=+]+=\+ *$/, s => s.replace(/=/g, '-'))))
  if (!cells) return malformed(doc, lines[at] as RstLine, end)
  for (const c of cells) {
    const content = block.slice(c.top + 1, c.bottom).map(l => ({
      ...l,
      text: l.text.slice(c.left + 1, c.right).trimEnd()
    }))
    const indent = Math.min(...content.filter(l => l.text.trim()).map(l => l.text.length - l.text.trimStart().length))
    parseBody(doc, content.map(l => ({ ...l, text: Number.isFinite(indent) ? l.text.slice(indent) : l.text })), false)
  }
  const after = lines[end]
  if (!blankFinish && after) report(doc, 'WARNING', after.line, 'Blank line required after table.')
  return end
}

function malformed(doc: RstDocument, line: RstLine, end: number): number {
  report(doc, 'ERROR', line.line, 'Malformed table.')
  return end
}

interface Cell {
  readonly top: number
  readonly left: number
  readonly bottom: number
  readonly right: number
}

// GridTableParser.parse_table: from each upper-left corner, trace a cell
// right, down, left and up; every text column must be covered to the end.
function traceCells(block: readonly string[]): Cell[] | null {
  const bottom = block.length - 1
  const right = (block[0]?.length ?? 1) - 1
  const done = new Array<number>(right + 1).fill(-1)
  const cells: Cell[] = []
  const corners: [number, number][] = [[0, 0]]
  const at = (r: number, c: number): string => block[r]?.[c] ?? ''
  while (corners.length > 0) {
    const [top, left] = corners.shift() as [number, number]
    if (top === bottom || left === right || top <= (done[left] ?? 0)) continue
    const cell = scanCell(at, top, left, bottom, right)
    if (!cell) continue
    for (let c = cell.left; c < cell.right; c++) {
      if (done[c] !== top - 1) return null
      done[c] = cell.bottom - 1
    }
    cells.push(cell)
    corners.push([top, cell.right], [cell.bottom, left])
    corners.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  }
  for (let c = 0; c < right; c++) if (done[c] !== bottom - 1) return null
  return cells
}

function scanCell(
  at: (r: number, c: number) => string,
  top: number,
  left: number,
  bottom: number,
  right: number
): Cell | null {
  for (let c = left + 1; c <= right; c++) {
    const ch = at(top, c)
    if (ch === '+') {
      for (let r = top + 1; r <= bottom; r++) {
        const down = at(r, c)
        if (down === '+' && closes(at, top, left, r, c)) {
          return { top, left, bottom: r, right: c }
        }
        if (down !== '+' && down !== '|') break
      }
    } else if (ch !== '-') return null
  }
  return null
}

// The bottom edge runs back to the left corner and the left edge up to the
// top, with only borders and corners on the way.
function closes(
  at: (r: number, c: number) => string,
  top: number,
  left: number,
  bottom: number,
  right: number
): boolean {
  for (let c = right - 1; c > left; c--) if (!'+-'.includes(at(bottom, c) || 'x')) return false
  if (at(bottom, left) !== '+') return false
  for (let r = bottom - 1; r > top; r--) if (!'+|'.includes(at(r, left) || 'x')) return false
  return true
}

/** Parses a simple table from line `at`; returns the index after it. */
export function simpleTable(doc: RstDocument, lines: readonly RstLine[], at: number): number {
  const top = (lines[at] as RstLine).text.trimEnd()
  let found = 0
  let end = -1
  for (let i = at + 1; i < lines.length; i++) {
    const text = (lines[i] as RstLine).text
    if (!SIMPLE_BORDER.test(text)) continue
    if (text.trimEnd().length !== top.length) return malformed(doc, lines[at] as RstLine, i + 1)
    found++
    if (found === 2 || i === lines.length - 1 || lines[i + 1]?.text === '') {
      end = i + 1
      break
    }
  }
  if (end < 0) return malformed(doc, lines[at] as RstLine, lines.length)
  const columns = [...top.matchAll(/=+/g)].map(m => [m.index, m.index + m[0].length] as const)
  const rows = lines.slice(at + 1, end - 1).filter(l => !SIMPLE_BORDER.test(l.text) && !/^[-= ]+$/.test(l.text))
  for (const row of rows) {
    for (let c = 0; c < columns.length - 1; c++) {
      const margin = row.text.slice(columns[c]?.[1], columns[c + 1]?.[0])
      if (margin.trim() !== '') return malformed(doc, row, end)
    }
    columns.forEach(([start, stop], c) => {
      const cell = row.text.slice(start, c === columns.length - 1 ? undefined : stop)
      if (cell.trim()) scanInline(doc, cell.trim(), row.line)
    })
  }
  return end
}
