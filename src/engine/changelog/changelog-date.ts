/** A date found in a heading or a release line. */
export interface FoundDate {
  /** ISO `YYYY-MM-DD`; `null` when partial (`January, 2026`) or invalid. */
  readonly iso: string | null
  /** The date as written. */
  readonly text: string
  /**
   * True when the text has the shape of a full date no calendar has
   * (`2024-13-45`, `February 30, 2024`, `Febuary 26 2025`).
   */
  readonly invalid: boolean
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12
}
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]

// Sticky (`y`) patterns are tried only where a word starts, so each attempt
// is anchored and bounded by the short text being searched.
const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/y
const NUMERIC_DMY = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])/y
const DAY_MONTH =
  /(\d{1,2})(?:st|nd|rd|th)?[ \t]+([A-Za-z]{3,9})\.?,?[ \t]+(\d{4})(?![\d])/y
const MONTH_DAY =
  /([A-Za-z]{3,9})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})(?![\d])/y
const MONTH_YEAR = /([A-Za-z]{3,9}),?[ \t]+(\d{4})(?![\d])/y

const FIRST_ISO = /^[^0-9]{0,200}((\d{4})-(\d{1,2})-(\d{1,2}))(?![\d])/
// Dates sit right after the version; looking further only costs time.
const SEARCH_LIMIT = 200

/**
 * Finds the first date in a short text: ISO `2024-01-02` (also `/` and `.`
 * separated, unpadded), `January 2, 2024`, `Jan 2nd 2024`, `2 January
 * 2024`, `6th December, 2024`, US `11-06-2013`, and month-and-year forms.
 */
export function findDate(text: string): FoundDate | null {
  // Most headings carry an ISO date as their first number: one match.
  const first = FIRST_ISO.exec(text)
  if (first) {
    return fullDate(
      first[1] as string,
      num(first[2]),
      num(first[3]),
      num(first[4])
    )
  }
  const head = text.slice(0, SEARCH_LIMIT)
  for (let i = 0; i < head.length; i++) {
    // A date starts a word with a digit or a month's letter.
    if (!isAlnum(head.charCodeAt(i)) || isAlnum(head.charCodeAt(i - 1))) {
      continue
    }
    const found = dateAt(head, i)
    if (found) return found
  }
  return null
}

/** The date at the very start of `text`, or `null`. */
export function dateAt(text: string, at: number): FoundDate | null {
  const code = text.charCodeAt(at)
  if (code >= 0x30 && code <= 0x39) {
    const iso = stickyMatch(ISO, text, at)
    if (iso) return fullDate(iso[0], num(iso[1]), num(iso[2]), num(iso[3]))
    const dmy = stickyMatch(NUMERIC_DMY, text, at)
    if (dmy) return numericDate(dmy[0], num(dmy[1]), num(dmy[2]), num(dmy[3]))
    const dm = stickyMatch(DAY_MONTH, text, at)
    return dm && namedDate(dm[0], dm[2], dm[1], dm[3])
  }
  const md = stickyMatch(MONTH_DAY, text, at)
  const monthFirst = md && namedDate(md[0], md[1], md[2], md[3])
  if (monthFirst) return monthFirst
  const my = stickyMatch(MONTH_YEAR, text, at)
  if (my && typeof monthOf(my[1]) === 'number') {
    return { iso: null, text: my[0], invalid: false }
  }
  return null
}

function namedDate(
  text: string,
  month: string | undefined,
  day: string | undefined,
  year: string | undefined
): FoundDate | null {
  const m = monthOf(month)
  if (m === null) return null
  if (m === 'misspelled') return { iso: null, text, invalid: true }
  return fullDate(text, num(year), m, num(day))
}

function num(digits: string | undefined): number {
  return Number(digits)
}

function stickyMatch(
  re: RegExp,
  text: string,
  at: number
): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

function isAlnum(code: number): boolean {
  const lower = code | 0x20
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)
}

// A month by name or abbreviation; `Febuary` is a month misspelled,
// `Version` no month at all.
function monthOf(word: string | undefined): number | 'misspelled' | null {
  const lower = (word ?? '').toLowerCase()
  const key = lower.startsWith('sept') ? 'sept' : lower.slice(0, 3)
  const n = MONTHS[key]
  if (n === undefined) return null
  const full = FULL_MONTHS[n - 1] as string
  return lower.length <= 4 || full.startsWith(lower) ? n : 'misspelled'
}

// US order first (`11-06-2013` is November 6), day first when only that fits.
function numericDate(
  text: string,
  a: number,
  b: number,
  year: number
): FoundDate {
  if (isRealDate(year, a, b)) return fullDate(text, year, a, b)
  return fullDate(text, year, b, a)
}

function fullDate(
  text: string,
  year: number,
  month: number,
  day: number
): FoundDate {
  if (!isRealDate(year, month, day)) return { iso: null, text, invalid: true }
  const iso = `${year}-${pad(month)}-${pad(day)}`
  return { iso, text, invalid: false }
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days =
    month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) % 2)
  return day <= days
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
