import type { Changelog, ChangelogEntry } from './changelog-entry.js'
import {
  type FindingContext,
  changelogFinding,
  describeEntries,
  suggestedHeading
} from './changelog-findings.js'
import { checkOrder, checkOwnEntry, checkUnreleased } from './entry-checks.js'
import { bodyLines, hasContent } from './entry-content.js'
import { nearestEntries } from './entry-order.js'
import { entriesFor } from './find-entry.js'
import { parseChangelog } from './parse-changelog.js'
import {
  generatedNotes,
  renderEntryNotes,
  withIndexLink
} from './render-notes.js'
import type { Finding } from '../report/finding.js'
import {
  type Version,
  baseVersion,
  isPrerelease,
  parseVersion
} from '../version/pep440.js'

/** Where the release notes came from. */
export type NotesSource = 'entry' | 'unreleased' | 'base-version' | 'generated'

/** `release` checks a tagged release; `readiness` a pending one. */
export type ChangelogMode = 'release' | 'readiness'

/** What {@link extractReleaseNotes} needs. */
export interface ReleaseNotesInput {
  /** The changelog's text, as read from the file. */
  readonly text: string
  /** Its path relative to the working directory, for findings and format. */
  readonly file: string
  /** The release's version (any PEP 440 spelling). */
  readonly version: string
  /** Today as `YYYY-MM-DD`, for dates in the future. */
  readonly today: string
  /** `false`: a missing entry is a warning and notes are generated. */
  readonly required: boolean
  readonly mode: ChangelogMode
  /** The distribution name, for generated notes and the index link. */
  readonly projectName?: string
  /** The release's page on the package index, linked at the end. */
  readonly indexLink?: string
}

/** Where the entry the notes describe sits in the changelog. */
export interface EntryLocation {
  /** Heading text, without heading markup. */
  readonly heading: string
  /** 1-based line of the heading text. */
  readonly line: number
  /** 1-based last line of its body (the heading's own line when empty). */
  readonly endLine: number
}

/** The release notes and what the changelog check found. */
export interface ChangelogResult {
  /**
   * GitHub Markdown. Untrusted text, verbatim: a caller that logs it must
   * neutralize workflow commands (`::error::`, `::add-mask::`) first.
   */
  readonly notes: string
  readonly notesSource: NotesSource
  /** The release's own entry date as ISO `YYYY-MM-DD`, when it has one. */
  readonly date: string | null
  /** The entry the notes were taken from. */
  readonly entry: EntryLocation | null
  readonly findings: Finding[]
}

interface Chosen {
  readonly source: NotesSource
  readonly entry: ChangelogEntry | null
}

/**
 * Finds the release's entry in a changelog and turns it into release notes,
 * with findings: `changelog/entry-missing`, `entry-empty`, `duplicate-entry`,
 * `out-of-order`, `unreleased-not-empty`, `date-invalid`, `date-in-future`,
 * `date-missing`, `entry-unreleased` and `yanked`, each with file and line.
 *
 * A final release needs its own non-empty entry. A pre-release (a, b, rc,
 * dev) takes its own entry, else the Unreleased section, else its base
 * version's entry. Without any, the notes are generated, and the finding
 * is an error unless `required` is false.
 */
export function extractReleaseNotes(input: ReleaseNotesInput): ChangelogResult {
  const options = input.projectName ? { projectName: input.projectName } : {}
  const changelog = parseChangelog(input.text, input.file, options)
  const version = parseVersion(input.version)
  const context: FindingContext = { file: input.file, version: input.version }
  // A version PEP 440 cannot read (`3.0.0.final`) matches as written.
  const own = version
    ? entriesFor(changelog.entries, version)
    : changelog.entries.filter(e => e.version === input.version)
  const usable = (e: ChangelogEntry | undefined): e is ChangelogEntry =>
    e !== undefined &&
    hasContent(bodyLines(changelog.lines, e), changelog.format)
  const chosen = choose(changelog, version, own, usable)
  const findings: Finding[] = []
  if (!chosen.entry)
    findings.push(missing(input, context, changelog, version, own))
  else if (chosen.source !== 'entry' && own[0]) {
    findings.push(emptyEntry(context, own[0], 'warning'))
  }
  const release = input.mode === 'release'
  findings.push(
    ...checkOwnEntry(
      { ...context, today: input.today, release },
      changelog,
      own
    )
  )
  if (release && chosen.source !== 'unreleased') {
    findings.push(...checkUnreleased(context, changelog))
  }
  // Without an entry of its own, the release would go on top.
  const last = own[0] ?? changelog.entries.find(e => e.kind === 'version')
  findings.push(...checkOrder(context, changelog, last))
  return {
    notes: withIndexLink(notesText(changelog, chosen, input), input),
    notesSource: chosen.source,
    date: own[0]?.date ?? null,
    entry: chosen.entry ? locate(chosen.entry) : null,
    findings
  }
}

function choose(
  changelog: Changelog,
  version: Version | null,
  own: readonly ChangelogEntry[],
  usable: (e: ChangelogEntry | undefined) => e is ChangelogEntry
): Chosen {
  if (usable(own[0])) return { source: 'entry', entry: own[0] }
  if (!version || !isPrerelease(version))
    return { source: 'generated', entry: null }
  const unreleased = changelog.entries.find(e => e.kind === 'unreleased')
  if (usable(unreleased)) return { source: 'unreleased', entry: unreleased }
  const base = entriesFor(changelog.entries, baseVersion(version))[0]
  if (usable(base)) return { source: 'base-version', entry: base }
  return { source: 'generated', entry: null }
}

function missing(
  input: ReleaseNotesInput,
  context: FindingContext,
  changelog: Changelog,
  version: Version | null,
  own: readonly ChangelogEntry[]
): Finding {
  const severity = input.required ? 'error' : 'warning'
  if (own[0]) return emptyEntry(context, own[0], severity)
  const unreleased = changelog.entries.find(
    e =>
      e.kind === 'unreleased' &&
      hasContent(bodyLines(changelog.lines, e), changelog.format)
  )
  const newest = changelog.entries.find(e => e.kind === 'version')
  // Before the tag exists, notes waiting under Unreleased are normal.
  const pending = input.mode === 'readiness' && unreleased !== undefined
  return changelogFinding(
    context,
    'entry-missing',
    pending ? 'warning' : severity,
    `${input.file} has no entry for "${input.version}".${nearby(changelog, version)}`,
    newest?.line,
    missingHint(input, unreleased, newest)
  )
}

function nearby(changelog: Changelog, version: Version | null): string {
  if (!version) return ' It is not a PEP 440 version.'
  const near = nearestEntries(changelog.entries, version, 3)
  if (near.length === 0) return ' The file names no release.'
  return ` The nearest entries are ${describeEntries(near)}.`
}

function missingHint(
  input: ReleaseNotesInput,
  unreleased: ChangelogEntry | undefined,
  newest: ChangelogEntry | undefined
): string {
  if (unreleased) {
    return `Rename the "${unreleased.heading}" section (line ${unreleased.line}) to ${input.version}.`
  }
  if (!newest) return `Add a section headed "${input.version}" for the release.`
  const heading = suggestedHeading(newest, input.version, input.today)
  return `Add a section headed "${heading}" above line ${newest.line}.`
}

function emptyEntry(
  context: FindingContext,
  entry: ChangelogEntry,
  severity: 'error' | 'warning'
): Finding {
  return changelogFinding(
    context,
    'entry-empty',
    severity,
    `The entry for "${context.version}" ("${entry.heading}") has no content.`,
    entry.line,
    'Describe the changes in this release under its heading.'
  )
}

function notesText(
  changelog: Changelog,
  chosen: Chosen,
  input: ReleaseNotesInput
): string {
  if (chosen.entry) return renderEntryNotes(changelog, chosen.entry)
  return generatedNotes(input)
}

function locate(entry: ChangelogEntry): EntryLocation {
  return {
    heading: entry.heading,
    line: entry.line,
    endLine: entry.bodyEnd ?? entry.line
  }
}
