import type { Changelog, ChangelogEntry } from './changelog-entry.js'
import {
  type FindingContext,
  changelogFinding,
  describeEntries
} from './changelog-findings.js'
import { bodyLines, hasContent } from './entry-content.js'
import { firstOutOfOrder } from './entry-order.js'
import type { Finding } from '../report/finding.js'

const ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/

/**
 * Findings about the release's own entry: duplicates, a yanked marker, a
 * leftover "unreleased" marker and its date (invalid, in the future, or
 * missing where the file's other entries are dated). Dates and markers
 * are only checked at release time: while a release is pending the entry
 * may still be undated or planned.
 */
export function checkOwnEntry(
  context: FindingContext & {
    readonly today: string
    readonly release: boolean
  },
  changelog: Changelog,
  own: readonly ChangelogEntry[]
): Finding[] {
  const entry = own[0]
  if (!entry) return []
  const findings: Finding[] = []
  const duplicates = own.filter(e => e !== entry && e.prefix === entry.prefix)
  if (duplicates.length > 0) {
    findings.push(
      changelogFinding(
        context,
        'duplicate-entry',
        'warning',
        `"${context.version}" has ${duplicates.length + 1} entries: ${describeEntries([entry, ...duplicates])}; the release notes come from the first.`,
        (duplicates[0] as ChangelogEntry).line,
        'Merge the sections into one.'
      )
    )
  }
  if (entry.yanked) {
    findings.push(
      changelogFinding(
        context,
        'yanked',
        'error',
        `The entry for "${context.version}" is marked yanked: "${entry.heading}".`,
        entry.line,
        'A yanked release stays withdrawn on the index; release a new version instead.'
      )
    )
  }
  if (context.release) findings.push(...checkDate(context, changelog, entry))
  return findings
}

function checkDate(
  context: FindingContext & { readonly today: string },
  changelog: Changelog,
  entry: ChangelogEntry
): Finding[] {
  const { version, today } = context
  if (entry.markedUnreleased) {
    return [
      changelogFinding(
        context,
        'entry-unreleased',
        'warning',
        `The entry for "${version}" still says it is unreleased.`,
        entry.line,
        `Replace the marker with the release date (${today}).`
      )
    ]
  }
  if (entry.dateInvalid) {
    return [
      changelogFinding(
        context,
        'date-invalid',
        'warning',
        `The entry for "${version}" is dated "${entry.dateText}", which is not a real date.`,
        entry.line,
        `Write the release date as ${today}.`
      )
    ]
  }
  if (entry.date !== null && entry.date > dayAfter(today)) {
    return [
      changelogFinding(
        context,
        'date-in-future',
        'warning',
        `The entry for "${version}" is dated ${entry.date}, after today (${today}).`,
        entry.line,
        `Set the date to the release day (${today}).`
      )
    ]
  }
  if (entry.dateText === null && mostlyDated(changelog, entry)) {
    return [
      changelogFinding(
        context,
        'date-missing',
        'notice',
        `The entry for "${version}" has no date, unlike most entries in ${context.file}.`,
        entry.line,
        `Add the release date (${today}) as the other entries do.`
      )
    ]
  }
  return []
}

// A release date one day ahead is today somewhere east of UTC.
function dayAfter(today: string): string {
  if (!ISO_DAY.test(today)) return '9999-12-31'
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

// Stops as soon as the count decides: dates are read on demand.
function mostlyDated(changelog: Changelog, entry: ChangelogEntry): boolean {
  const others = changelog.entries.filter(
    e => e !== entry && e.kind === 'version'
  )
  let dated = 0
  let undated = 0
  for (const e of others) {
    if (e.dateText !== null) dated++
    else undated++
    if (dated * 2 > others.length) return true
    if (undated * 2 >= others.length) return false
  }
  return false
}

/**
 * `changelog/unreleased-not-empty` at release time: the Unreleased section
 * still holds changes that this release does not publish.
 */
export function checkUnreleased(
  context: FindingContext,
  changelog: Changelog
): Finding[] {
  const section = changelog.entries.find(e => e.kind === 'unreleased')
  if (!section) return []
  if (!hasContent(bodyLines(changelog.lines, section), changelog.format)) {
    return []
  }
  return [
    changelogFinding(
      context,
      'unreleased-not-empty',
      'warning',
      `The "${section.heading}" section still lists changes at the release of "${context.version}".`,
      section.line,
      `Move them under the ${context.version} heading if they ship in it; otherwise ignore this check for this release.`
    )
  ]
}

/** `changelog/out-of-order`: the first pair not newest first, if any. */
export function checkOrder(
  context: FindingContext,
  changelog: Changelog,
  last: ChangelogEntry | undefined
): Finding[] {
  const problem = firstOutOfOrder(changelog.entries, last)
  if (!problem) return []
  const { above, below } = problem
  return [
    changelogFinding(
      context,
      'out-of-order',
      'warning',
      `Entries are not newest first: "${above.version}" (line ${above.line}) is above the newer "${below.version}" (line ${below.line}).`,
      above.line,
      'List releases newest first, as readers and tools expect.'
    )
  ]
}
