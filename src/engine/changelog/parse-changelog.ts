import type {
  Changelog,
  ChangelogEntry,
  ChangelogFormat
} from './changelog-entry.js'
import { detectChangelogFormat } from './changelog-format.js'
import { entryFacts } from './entry-facts.js'
import { type HeadingName, readHeadingName } from './heading-name.js'
import type { HeadingLabel, HeadingTable } from './heading-table.js'
import { outlineEvents, scanMarkdownHeadings } from './markdown-headings.js'
import { OUTLINE_ENTRY_LEVELS, namingClues } from './outline.js'
import { scanRstOutline } from './rst-headings.js'
import { TextLines, isBlank } from './text-lines.js'
import { UNRELEASED_HINTS } from './unreleased-title.js'

/** Optional context that sharpens how headings are read. */
export interface ParseOptions {
  /**
   * The project's name: a heading starting with it (`Twisted 24.7.0`) names
   * a release at any level, not only at the level most releases use.
   */
  readonly projectName?: string
}

// `Previous releases`, `Older changes`: a section after the last release
// that lists none itself.
const TRAILER_WORDS = new Set(['previous', 'older', 'earlier', 'past', 'prior'])
// A changelog's outline: every heading that can name an entry or end one.
// A sub-heading with no digit and no word of these cannot.
const OUTLINE_WORDS = [...UNRELEASED_HINTS, ...TRAILER_WORDS]
const MARKDOWN_OUTLINE = outlineEvents(OUTLINE_WORDS)
const RST_NAMING = new RegExp(namingClues(OUTLINE_WORDS), 'i')

/**
 * Parses a changelog into its entries, in document order. The format comes
 * from the file name, or from the content when the name does not tell
 * (`CHANGES`, `NEWS.txt`).
 *
 * An entry's body runs from below its heading to the next heading that
 * names a version (at any level), an Unreleased-style or series heading, a
 * heading of a strictly higher level, or a trailer such as `Older changes`.
 * Sub-headings naming no version stay in the body, however they are levelled.
 */
export function parseChangelog(
  text: string,
  file: string,
  options: ParseOptions = {}
): Changelog {
  const lines = new TextLines(text)
  const format = detectChangelogFormat(file, lines)
  let table = headingTable(format, lines, true)
  let names = acceptedNames(table, options.projectName)
  // Entries this deep may end at a sub-heading the outline passes over.
  if (deepestName(table, names) > OUTLINE_ENTRY_LEVELS) {
    table = headingTable(format, lines, false)
    names = acceptedNames(table, options.projectName)
  }
  const stops = stopLabels(table.labels, names)
  const { order, labels } = table
  const entries: ChangelogEntry[] = []
  for (let i = 0; i < order.length; i++) {
    const name = names[order[i] as number]
    if (!name) continue
    const first = i
    // Stacked titles for one release (`1.0 (date)` then `proj 1.0 (date)`)
    // form one heading block.
    while (restates(lines, table, names, i, name)) i++
    const level = levelOf(labels, order[first] as number)
    const stop = nextStop(table, stops, i + 1, level)
    entries.push(entryFacts(lines, table, name, { first, last: i, stop }))
  }
  return { format, lines, entries }
}

// The document's headings: its outline only, or every one.
function headingTable(
  format: ChangelogFormat,
  lines: TextLines,
  outline: boolean
): HeadingTable {
  if (format === 'markdown') {
    return outline
      ? scanMarkdownHeadings(lines, MARKDOWN_OUTLINE)
      : scanMarkdownHeadings(lines)
  }
  return scanRstOutline(lines, outline ? RST_NAMING : null)
}

// True when the heading after the one at `index` titles the same release
// again, right below it.
function restates(
  lines: TextLines,
  table: HeadingTable,
  names: readonly (HeadingName | null)[],
  index: number,
  name: HeadingName
): boolean {
  if (index + 1 >= table.length) return false
  const nextName = names[table.order[index + 1] as number]
  if (!nextName || nextName.kind !== 'version' || name.kind !== 'version') {
    return false
  }
  if (nextName.normalized === null || nextName.normalized !== name.normalized) {
    return false
  }
  if (table.labelAt(index + 1).level !== table.labelAt(index).level) {
    return false
  }
  const heading = table.heading(index)
  const next = table.heading(index + 1)
  for (let i = heading.end + 1; i < next.start; i++) {
    if (!isBlank(lines.line(i))) return false
  }
  return true
}

// Labels of headings that end any entry above them: those naming a
// version, and trailers.
function stopLabels(
  labels: readonly HeadingLabel[],
  names: readonly (HeadingName | null)[]
): boolean[] {
  return labels.map((label, id) => names[id] !== null || isTrailer(label.text))
}

// The index of the first heading from `from` on that ends an entry of
// `level`, or -1.
function nextStop(
  table: HeadingTable,
  stops: readonly boolean[],
  from: number,
  level: number
): number {
  const { order, labels } = table
  for (let j = from; j < order.length; j++) {
    const id = order[j] as number
    if (stops[id] || levelOf(labels, id) < level) return j
  }
  return -1
}

function isTrailer(text: string): boolean {
  const space = text.indexOf(' ')
  const first = (space < 0 ? text : text.slice(0, space)).toLowerCase()
  return TRAILER_WORDS.has(first) && text.split(/\s+/, 7).length <= 6
}

/**
 * Reads every label's name, then drops names a sub-heading only mentions:
 * below the level most releases use, a version after other words counts
 * only when those words open a release heading too (`### Mypy 2.3.1` under
 * `## Mypy 2.3`), never when they are prose (`Using Kombu 5.5.0rc3`).
 */
function acceptedNames(
  table: HeadingTable,
  projectName: string | undefined
): (HeadingName | null)[] {
  const { labels } = table
  const names = labels.map(label => readHeadingName(label.text))
  const main = releaseLevel(table, names)
  const prefixes = new Set<string>()
  names.forEach((name, id) => {
    if (name && name.kind !== 'unreleased' && levelOf(labels, id) <= main) {
      prefixes.add(name.prefix)
    }
  })
  const known = new Set([...prefixes].map(firstWord))
  if (projectName) known.add(firstWord(projectName))
  return names.map((name, id) => {
    if (!name || levelOf(labels, id) <= main) return name
    const mentioned =
      name.kind === 'unreleased' ||
      (name.prefix !== '' && !known.has(firstWord(name.prefix)))
    return mentioned ? null : name
  })
}

// The deepest level of a heading that names something; 0 when none does.
function deepestName(
  table: HeadingTable,
  names: readonly (HeadingName | null)[]
): number {
  let deepest = 0
  names.forEach((name, id) => {
    if (name) deepest = Math.max(deepest, levelOf(table.labels, id))
  })
  return deepest
}

function levelOf(labels: readonly HeadingLabel[], id: number): number {
  return (labels[id] as HeadingLabel).level
}

// The level holding most version headings, preferring those that start
// with the version (their level is the release level for certain).
function releaseLevel(
  table: HeadingTable,
  names: readonly (HeadingName | null)[]
): number {
  const bare = new Map<number, number>()
  const all = new Map<number, number>()
  for (const id of table.order) {
    const name = names[id]
    if (name?.kind !== 'version') continue
    const level = levelOf(table.labels, id)
    all.set(level, (all.get(level) ?? 0) + 1)
    if (name.prefix === '') bare.set(level, (bare.get(level) ?? 0) + 1)
  }
  return mostCommon(bare.size > 0 ? bare : all)
}

// The key with the highest count; the lowest key among equal counts.
function mostCommon(counts: ReadonlyMap<number, number>): number {
  let best = Infinity
  let most = 0
  for (const [level, n] of counts) {
    if (n > most || (n === most && level < best)) {
      best = level
      most = n
    }
  }
  return best
}

function firstWord(text: string): string {
  return (text.toLowerCase().split(/[\s]+/, 1)[0] ?? '').replace(/[-_.]+/g, '-')
}
