import type { Changelog, ChangelogEntry, Heading } from './changelog-entry.js'
import { detectChangelogFormat } from './changelog-format.js'
import { type LineRange, bodyRange } from './entry-bounds.js'
import { entryFacts } from './entry-facts.js'
import { type HeadingName, readHeadingName } from './heading-name.js'
import { scanMarkdownHeadings } from './markdown-headings.js'
import { scanRstHeadings } from './rst-headings.js'
import { TextLines, isBlank } from './text-lines.js'

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
  const headings =
    format === 'markdown'
      ? scanMarkdownHeadings(lines)
      : scanRstHeadings(lines.slice())
  const names = acceptedNames(headings, options.projectName)
  const stops = stopFlags(headings, names)
  const entries: ChangelogEntry[] = []
  for (let i = 0; i < headings.length; i++) {
    const name = names[i]
    if (!name) continue
    const heading = headings[i] as Heading
    let last = heading
    // Stacked titles for one release (`1.0 (date)` then `proj 1.0 (date)`)
    // form one heading block.
    while (
      i + 1 < headings.length &&
      restates(lines, last, name, headings[i + 1] as Heading, names[i + 1])
    ) {
      last = headings[++i] as Heading
    }
    const stop = nextStop(headings, stops, i + 1, heading.level)
    const range = (): LineRange => bodyRange(lines, last.end, stop)
    entries.push(entryFacts(lines, heading, name, range))
  }
  return { format, lines, entries }
}

function restates(
  lines: TextLines,
  heading: Heading,
  name: HeadingName,
  next: Heading,
  nextName: HeadingName | null | undefined
): boolean {
  if (!nextName || nextName.kind !== 'version' || name.kind !== 'version') {
    return false
  }
  if (nextName.normalized === null || nextName.normalized !== name.normalized) {
    return false
  }
  if (next.level !== heading.level) return false
  for (let i = heading.end + 1; i < next.start; i++) {
    if (!isBlank(lines.line(i))) return false
  }
  return true
}

// Headings that end any entry above them: those naming a version and
// trailers. Sub-headings repeat (`### Fixed`), so each text is read once.
function stopFlags(
  headings: readonly Heading[],
  names: readonly (HeadingName | null)[]
): boolean[] {
  const trailers = new Map<string, boolean>()
  return headings.map((heading, j) => {
    if (names[j]) return true
    let trailer = trailers.get(heading.text)
    if (trailer === undefined) {
      trailer = isTrailer(heading.text)
      trailers.set(heading.text, trailer)
    }
    return trailer
  })
}

function nextStop(
  headings: readonly Heading[],
  stops: readonly boolean[],
  from: number,
  level: number
): Heading | null {
  for (let j = from; j < headings.length; j++) {
    const heading = headings[j] as Heading
    if (stops[j] || heading.level < level) return heading
  }
  return null
}

function isTrailer(text: string): boolean {
  const space = text.indexOf(' ')
  const first = (space < 0 ? text : text.slice(0, space)).toLowerCase()
  return TRAILER_WORDS.has(first) && text.split(/\s+/, 7).length <= 6
}

/**
 * Reads every heading's name, then drops names a sub-heading only mentions:
 * below the level most releases use, a version after other words counts
 * only when those words open a release heading too (`### Mypy 2.3.1` under
 * `## Mypy 2.3`), never when they are prose (`Using Kombu 5.5.0rc3`).
 */
function acceptedNames(
  headings: readonly Heading[],
  projectName: string | undefined
): (HeadingName | null)[] {
  const names = readNames(headings)
  const main = releaseLevel(headings, names)
  const prefixes = new Set<string>()
  for (let i = 0; i < names.length; i++) {
    const name = names[i]
    if (name && name.kind !== 'unreleased' && levelOf(headings, i) <= main) {
      prefixes.add(name.prefix)
    }
  }
  const known = new Set([...prefixes].map(firstWord))
  if (projectName) known.add(firstWord(projectName))
  for (let i = 0; i < names.length; i++) {
    const name = names[i]
    if (!name || levelOf(headings, i) <= main) continue
    const mentioned =
      name.kind === 'unreleased' ||
      (name.prefix !== '' && !known.has(firstWord(name.prefix)))
    if (mentioned) names[i] = null
  }
  return names
}

// Sub-headings repeat (`### Fixed`), so each text is read once.
function readNames(headings: readonly Heading[]): (HeadingName | null)[] {
  const read = new Map<string, HeadingName | null>()
  const names = new Array<HeadingName | null>(headings.length)
  for (let i = 0; i < headings.length; i++) {
    const text = (headings[i] as Heading).text
    let name = read.get(text)
    if (name === undefined) {
      name = readHeadingName(text)
      read.set(text, name)
    }
    names[i] = name
  }
  return names
}

function levelOf(headings: readonly Heading[], i: number): number {
  return (headings[i] as Heading).level
}

// The level holding most version headings, preferring those that start
// with the version (their level is the release level for certain).
function releaseLevel(
  headings: readonly Heading[],
  names: readonly (HeadingName | null)[]
): number {
  const bare = new Map<number, number>()
  const all = new Map<number, number>()
  for (let i = 0; i < names.length; i++) {
    const name = names[i]
    if (name?.kind !== 'version') continue
    const level = levelOf(headings, i)
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
