/**
 * Enumerated list markers (reStructuredText markup specification §
 * Enumerated lists): arabic numbers, letters, Roman numerals or `#`, in
 * the forms `1.`, `1)` and `(1)`, read as docutils' `parse_enumerator` and
 * `is_enumerated_list_item` read them.
 */
import type { ListKind, Marker } from './rst-lists.js'
import type { RstLine } from './rst-text.js'

const ENUMERATOR =
  /^(?:\((?<p>[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\)|(?<r>[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\)|(?<d>[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\.)( +|$)/

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }

/** Roman numeral value; `null` when not in canonical form (as roman.py). */
function fromRoman(text: string): number | null {
  const s = text.toLowerCase()
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ''] ?? 0
    const next = ROMAN[s[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total > 0 && total < 5000 && toRoman(total) === s ? total : null
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
  ]
  let out = ''
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits
      n -= value
    }
  }
  return out
}

const SEQUENCES: [string, RegExp][] = [
  ['arabic', /^[0-9]+$/],
  ['loweralpha', /^[a-z]$/],
  ['upperalpha', /^[A-Z]$/],
  ['lowerroman', /^[ivxlcdm]+$/],
  ['upperroman', /^[IVXLCDM]+$/]
]

/** Sequence and ordinal of an enumerator's text, given the list's sequence. */
function sequenceOf(
  text: string,
  expected: string | null
): { sequence: string; ordinal: number | null } {
  if (text === '#') return { sequence: '#', ordinal: 1 }
  const fits = (name: string): boolean =>
    SEQUENCES.find(([n]) => n === name)?.[1].test(text) ?? false
  let sequence =
    expected && fits(expected)
      ? expected
      : text === 'i'
        ? 'lowerroman'
        : text === 'I'
          ? 'upperroman'
          : (SEQUENCES.find(([, re]) => re.test(text))?.[0] ?? '')
  if (sequence === '') sequence = 'arabic'
  const ordinal =
    sequence === 'arabic'
      ? Number(text)
      : sequence.endsWith('alpha')
        ? text.toLowerCase().charCodeAt(0) - 96
        : fromRoman(text)
  return { sequence, ordinal }
}

function format(m: RegExpExecArray): { format: string; text: string } {
  const g = m.groups ?? {}
  if (g.p !== undefined) return { format: 'parens', text: g.p }
  if (g.r !== undefined) return { format: 'rparen', text: g.r }
  return { format: 'period', text: g.d ?? '' }
}

function render(f: string, text: string): string {
  return f === 'parens' ? `(${text})` : f === 'rparen' ? `${text})` : `${text}.`
}

function enumeratorText(sequence: string, ordinal: number): string | null {
  if (sequence === 'arabic') return String(ordinal)
  if (sequence.endsWith('alpha')) {
    if (ordinal > 26) return null
    const c = String.fromCharCode(96 + ordinal)
    return sequence === 'upperalpha' ? c.toUpperCase() : c
  }
  const r = toRoman(ordinal)
  return sequence === 'upperroman' ? r.toUpperCase() : r
}

/** Enumerated lists, the list kind. */
export const ENUMERATED: ListKind = {
  name: 'Enumerated list',
  match: text => enumeratorMarker(text, null)
}

/** The marker on `text`, read against the list's sequence so far. */
export function enumeratorMarker(
  text: string,
  expected: string | null
): Marker | null {
  const m = ENUMERATOR.exec(text)
  if (!m) return null
  const f = format(m)
  const { sequence, ordinal } = sequenceOf(f.text, expected)
  if (ordinal === null) return null
  return { end: m[0].length, key: `${f.format} ${sequence}`, ordinal }
}

/**
 * docutils' `is_enumerated_list_item`: the line after a marker must be
 * blank, indented, or start with the next (or an auto) enumerator, else
 * the marker is ordinary text.
 */
export function isListItem(
  lines: readonly RstLine[],
  at: number,
  marker: Marker
): boolean {
  const next = lines[at + 1]
  if (!next || next.text === '' || next.text.startsWith(' ')) return true
  const [f = '', sequence = ''] = marker.key.split(' ')
  const following =
    sequence === '#' ? '#' : enumeratorText(sequence, (marker.ordinal ?? 0) + 1)
  return (
    (following !== null && next.text.startsWith(`${render(f, following)} `)) ||
    next.text.startsWith(`${render(f, '#')} `)
  )
}

/** Whether `next` continues the enumerated list whose last item is `previous`. */
export function continuesEnumeration(
  lines: readonly RstLine[],
  previous: Marker,
  next: Marker,
  at: number
): boolean {
  const [f, sequence] = previous.key.split(' ')
  const reread = enumeratorMarker((lines[at] as RstLine).text, sequence ?? null) ?? next
  const [nf, ns] = reread.key.split(' ')
  if (nf !== f) return false
  if (ns === '#') return isListItem(lines, at, reread)
  return (
    ns === sequence &&
    reread.ordinal === (previous.ordinal ?? 0) + 1 &&
    isListItem(lines, at, reread)
  )
}
