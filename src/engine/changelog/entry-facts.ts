import type { ChangelogEntry, EntryKind } from './changelog-entry.js'
import { type FoundDate, dateAt, findDate } from './changelog-date.js'
import { type LineRange, bodyRange } from './entry-bounds.js'
import type { HeadingName } from './heading-name.js'
import type { HeadingTable } from './heading-table.js'
import type { TextLines } from './text-lines.js'

// A first body line that only dates the release: `_4 August 2026_`,
// `Released on 2026-08-20.`, `(released June 21st, 2025)`,
// `:release-date: 2025-10-12`, `[Monday, 6 March 2023](…)`.
const RELEASE_LINE_LEAD =
  /^[ \t_*([:]*(?:release[ -]date|released[ \t]+on|released|date)?:?[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?/i
const RELEASE_LINE_MAX = 120
const UNRELEASED_MARK =
  /^[ \t_*(-]*(?:unreleased|not released|not yet released|in development|under development)(?![A-Za-z])/i
const YANKED = /^yanked(?![A-Za-z])/i

/**
 * Where an entry lies among a document's headings, by index: its heading,
 * the last heading of its heading block (a release titled twice), and the
 * heading that ends it (-1: the end of the file).
 */
export interface EntryPlace {
  readonly first: number
  readonly last: number
  readonly stop: number
}

/**
 * Builds an entry from its place among the headings and what its heading
 * names. What needs the body or the heading's lines (range, date, markers,
 * line) is read on first use: a long changelog has thousands of entries
 * and a check looks closely at only a few of them.
 */
export function entryFacts(
  lines: TextLines,
  table: HeadingTable,
  name: HeadingName,
  place: EntryPlace
): ChangelogEntry {
  return new ParsedEntry(lines, table, name, place)
}

// The lazily read facts are getters on the prototype: one small object per
// entry, however many entries a file has; its heading becomes an object
// only when its lines are read. Its fields are plain and set once: a
// declared or `#` field costs an initializer run per object.
class ParsedEntry implements ChangelogEntry {
  declare readonly kind: EntryKind
  declare readonly version: string | null
  declare readonly normalized: string | null
  declare readonly alsoVersions: readonly string[]
  declare readonly heading: string
  declare readonly level: number
  declare readonly prefix: string
  declare private readonly lines: TextLines
  declare private readonly table: HeadingTable
  declare private readonly name: HeadingName
  declare private readonly place: EntryPlace
  declare private facts: BodyFacts | undefined

  constructor(
    lines: TextLines,
    table: HeadingTable,
    name: HeadingName,
    place: EntryPlace
  ) {
    const label = table.labelAt(place.first)
    this.kind = name.kind
    this.version = name.version
    this.normalized = name.normalized
    this.alsoVersions = name.also
    this.heading = label.text
    this.level = label.level
    this.prefix = name.prefix
    this.lines = lines
    this.table = table
    this.name = name
    this.place = place
    this.facts = undefined
  }

  get line(): number {
    return this.table.heading(this.place.first).line + 1
  }

  get bodyStart(): number | null {
    return this.read().bodyStart
  }

  get bodyEnd(): number | null {
    return this.read().bodyEnd
  }

  get date(): string | null {
    return this.read().date
  }

  get dateText(): string | null {
    return this.read().dateText
  }

  get dateInvalid(): boolean {
    return this.read().dateInvalid
  }

  get yanked(): boolean {
    return this.read().yanked
  }

  get markedUnreleased(): boolean {
    return this.read().markedUnreleased
  }

  private read(): BodyFacts {
    this.facts ??= bodyFacts(this.lines, this.name, this.range())
    return this.facts
  }

  // From below the heading block to the heading that ends the entry.
  private range(): LineRange {
    const { table, place } = this
    const stop = place.stop < 0 ? null : table.heading(place.stop)
    return bodyRange(this.lines, table.heading(place.last).end, stop)
  }
}

type BodyFacts = Pick<
  ChangelogEntry,
  | 'bodyStart'
  | 'bodyEnd'
  | 'date'
  | 'dateText'
  | 'dateInvalid'
  | 'yanked'
  | 'markedUnreleased'
>

function bodyFacts(
  lines: TextLines,
  name: HeadingName,
  range: LineRange
): BodyFacts {
  const rest = withoutLinkTargets(name.rest)
  const firstBody = range.from <= range.to ? lines.line(range.from) : ''
  const date = findDate(rest) ?? releaseLineDate(firstBody)
  return {
    bodyStart: range.from <= range.to ? range.from + 1 : null,
    bodyEnd: range.from <= range.to ? range.to + 1 : null,
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
    dateInvalid: date?.invalid ?? false,
    yanked: hasWord(rest, YANKED, 'yank'),
    markedUnreleased:
      name.kind === 'version' &&
      (hasWord(rest, UNRELEASED_MARK, 'releas', 'develop') ||
        UNRELEASED_MARK.test(firstBody))
  }
}

function releaseLineDate(line: string): FoundDate | null {
  if (line.length > RELEASE_LINE_MAX) return null
  const lead = RELEASE_LINE_LEAD.exec(line)
  return dateAt(line, lead ? lead[0].length : 0)
}

// True when a word of `text` (at most its first 200 characters) starts a
// match of the anchored pattern; `hints` are words any match contains.
function hasWord(text: string, pattern: RegExp, ...hints: string[]): boolean {
  const head = text.slice(0, 200)
  const lower = head.toLowerCase()
  if (!hints.some(hint => lower.includes(hint))) return false
  for (let i = 0; i < head.length; i++) {
    if (i > 0 && /[A-Za-z]/.test(head[i - 1] as string)) continue
    if (pattern.test(head.slice(i))) return true
  }
  return false
}

// `](https://…/compare/v1.0...v1.1)` holds versions and digits that are no
// part of the heading's own date or markers.
function withoutLinkTargets(text: string): string {
  if (!text.includes('](')) return text.slice(0, 400)
  let out = ''
  let depth = 0
  for (let i = 0; i < text.length && out.length < 400; i++) {
    const ch = text[i] as string
    if (ch === '(' && (depth > 0 || text[i - 1] === ']')) depth++
    else if (ch === ')' && depth > 0) depth--
    else if (depth === 0) out += ch
  }
  return out
}
