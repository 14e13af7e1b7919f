import type { ChangelogEntry } from './changelog-entry.js'
import { type Finding, type Severity, finding } from '../report/finding.js'

/** Where the caller looked for a changelog that is not there. */
export type MissingChangelog =
  /** A path the user gave (the `changelog` input). */
  | { readonly path: string }
  /** Auto-detection: the candidate paths tried, none of which exists. */
  | { readonly searched: readonly string[] }

/**
 * `changelog/not-found`: a changelog the user named is missing (error), or
 * auto-detection found none (error when an entry is required, else a
 * warning, as the notes are then generated).
 */
export function changelogNotFound(
  missing: MissingChangelog,
  required: boolean
): Finding {
  if ('path' in missing) {
    return finding(
      'changelog/not-found',
      'error',
      `Changelog "${missing.path}" does not exist.`,
      {
        hint: 'Fix the `changelog` path (relative to the working directory), or set it to `none` to publish generated notes.'
      }
    )
  }
  const tried = missing.searched.slice(0, 4).join('", "')
  return finding(
    'changelog/not-found',
    required ? 'error' : 'warning',
    `No changelog found (looked for "${tried}" and other CHANGELOG, CHANGES, HISTORY and NEWS files).`,
    {
      hint: 'Point `changelog` at the file, or set `changelog: none` if the project keeps none (the release notes are then generated).'
    }
  )
}

/** The file a changelog finding is about, and what the check is for. */
export interface FindingContext {
  readonly file: string
  /** The release's version as the user wrote it. */
  readonly version: string
}

/** Builds a changelog finding located at `line` of the context's file. */
export function changelogFinding(
  context: FindingContext,
  id: string,
  severity: Severity,
  message: string,
  line?: number,
  hint?: string
): Finding {
  const where: { file: string; line?: number; hint?: string } = {
    file: context.file
  }
  if (line !== undefined) where.line = line
  if (hint !== undefined) where.hint = hint
  return finding(`changelog/${id}`, severity, message, where)
}

/** `"1.2.2" (line 12), "1.3.0" (line 5)` */
export function describeEntries(entries: readonly ChangelogEntry[]): string {
  return entries
    .map(e => `"${e.version ?? e.heading}" (line ${e.line})`)
    .join(', ')
}

/**
 * A heading for `version` written the way the newest entry is, dated
 * `today` where that entry carries an ISO date.
 */
export function suggestedHeading(
  newest: ChangelogEntry,
  version: string,
  today: string
): string {
  let text = newest.version
    ? newest.heading.split(newest.version).join(version)
    : newest.heading
  if (newest.date !== null && newest.dateText === newest.date) {
    text = text.split(newest.date).join(today)
  }
  return text
}
