/**
 * Changelogs: parsing Markdown and reStructuredText changelogs into release
 * entries, extracting a release's notes as GitHub Markdown, and the
 * `changelog/…` findings. Everything here is pure: callers read the file,
 * pass its text and today's date, and escape the returned text before it
 * reaches a log that runs workflow commands.
 */
export type {
  Changelog,
  ChangelogEntry,
  ChangelogFormat,
  EntryKind
} from './changelog-entry.js'
export {
  CHANGELOG_CANDIDATES,
  detectChangelogPath
} from './changelog-candidates.js'
export {
  type MissingChangelog,
  changelogNotFound
} from './changelog-findings.js'
export { detectChangelogFormat } from './changelog-format.js'
export { entriesFor } from './find-entry.js'
export { type ParseOptions, parseChangelog } from './parse-changelog.js'
export {
  type ChangelogMode,
  type ChangelogResult,
  type EntryLocation,
  type NotesSource,
  type ReleaseNotesInput,
  extractReleaseNotes
} from './release-notes.js'
export { generatedNotes } from './render-notes.js'
