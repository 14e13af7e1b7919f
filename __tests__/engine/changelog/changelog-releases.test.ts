import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { entriesFor } from '../../../src/engine/changelog/find-entry.js'
import { parseChangelog } from '../../../src/engine/changelog/parse-changelog.js'
import { extractReleaseNotes } from '../../../src/engine/changelog/release-notes.js'
import { parseVersion } from '../../../src/engine/version/pep440.js'

/** The fields of the release-state manifest these tests read. */
interface Snapshot {
  readonly dir: string
  readonly project: string
  readonly version: string
  readonly commit_date: string
  readonly changelog: string | null
  readonly changelog_has_entry: boolean
  readonly changelog_heading_line: number | null
  readonly changelog_entry_kind: string | null
}

const RELEASES = fileURLToPath(
  new URL('../../fixtures/releases', import.meta.url)
)
const MANIFEST = join(RELEASES, 'manifest.json')
const snapshots = existsSync(MANIFEST)
  ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Snapshot[]).filter(
      s => s.changelog !== null
    )
  : []

function changelogOf(s: Snapshot): string {
  return readFileSync(join(RELEASES, s.dir, s.changelog as string), 'utf8')
}

const NOTES_SOURCE: Record<string, string> = {
  heading: 'entry',
  'base-version-heading': 'base-version',
  'unreleased-section': 'unreleased'
}

// Real projects at their release tags: the heading for the release is
// found exactly where the project has one, and nowhere else.
;(snapshots.length > 0 ? describe : describe.skip)('release snapshots', () => {
  test.each(snapshots)('$dir: the heading naming the release', s => {
    const { entries } = parseChangelog(changelogOf(s), s.changelog as string, {
      projectName: s.project
    })
    const lines = entriesFor(entries, parseVersion(s.version)!).map(e => e.line)
    expect(lines.slice(0, 1)).toEqual(
      s.changelog_has_entry ? [s.changelog_heading_line] : []
    )
  })

  // Never cry wolf: a healthy release gets its notes and no complaint.
  test.each(snapshots.filter(s => NOTES_SOURCE[s.changelog_entry_kind ?? '']))(
    '$dir: release notes from the $changelog_entry_kind, silently',
    s => {
      const result = extractReleaseNotes({
        text: changelogOf(s),
        file: s.changelog as string,
        version: s.version,
        today: s.commit_date,
        required: true,
        mode: 'release',
        projectName: s.project
      })
      expect(result.notesSource).toBe(NOTES_SOURCE[s.changelog_entry_kind!])
      expect(result.findings.filter(f => f.severity !== 'notice')).toEqual([])
      expect(result.notes.length).toBeGreaterThan(0)
    }
  )

  test.each(snapshots.filter(s => s.changelog_entry_kind === 'none'))(
    '$dir: a missing entry is an error',
    s => {
      const result = extractReleaseNotes({
        text: changelogOf(s),
        file: s.changelog as string,
        version: s.version,
        today: s.commit_date,
        required: true,
        mode: 'release'
      })
      expect(result.notesSource).toBe('generated')
      expect(result.findings.map(f => [f.id, f.severity])).toContainEqual([
        'changelog/entry-missing',
        'error'
      ])
    }
  )
})
