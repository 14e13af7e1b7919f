import {
  changelogNotFound,
  extractReleaseNotes,
  generatedNotes,
  type MissingChangelog,
  type NotesSource
} from '../changelog/index.js'
import type { Finding } from '../report/finding.js'

/** How the report names each place the notes can come from. */
export const NOTES_SOURCE_WORDS: Readonly<Record<NotesSource, string>> = {
  entry: 'its own entry',
  unreleased: 'the Unreleased section',
  'base-version': "the base version's entry",
  generated: 'generated text (no entry)'
}

/** The changelog as read from the project: its text, why it is absent, or opted out. */
export type ChangelogSource =
  | { readonly kind: 'found'; readonly file: string; readonly text: string }
  | { readonly kind: 'missing'; readonly missing: MissingChangelog }
  | { readonly kind: 'disabled' }

/** What the changelog contributes to the release. */
export interface ChangelogVerdict {
  /** The release notes (Markdown), or `null` when there is no version to describe. */
  readonly notes: string | null
  readonly notesSource: NotesSource | null
  /** The changelog file read, relative to the working directory. */
  readonly file: string | null
  /** The entry's date, `YYYY-MM-DD`. */
  readonly date: string | null
  /** Heading line of the entry the notes came from. */
  readonly line: number | null
  readonly findings: readonly Finding[]
}

/** The inputs of the changelog check besides the file itself. */
export interface ChangelogCheckInput {
  readonly version: string | null
  readonly mode: 'release' | 'readiness'
  readonly required: boolean
  readonly today: string
  readonly projectName: string | null
  /** Link to the release's page on the index, appended to the notes. */
  readonly indexLink: string | null
}

/**
 * Finds the release's entry and turns it into notes. Without a changelog
 * (opted out, or missing but not required) the notes are generated.
 */
export function checkChangelog(
  source: ChangelogSource,
  input: ChangelogCheckInput
): ChangelogVerdict {
  if (input.version === null) return nothing([])
  if (source.kind === 'found') {
    const r = extractReleaseNotes({
      text: source.text,
      file: source.file,
      version: input.version,
      today: input.today,
      required: input.required,
      mode: input.mode,
      ...(input.projectName ? { projectName: input.projectName } : {}),
      ...(input.indexLink ? { indexLink: input.indexLink } : {})
    })
    return {
      notes: r.notes,
      notesSource: r.notesSource,
      file: source.file,
      date: r.date,
      line: r.entry?.line ?? null,
      findings: r.findings
    }
  }
  const findings =
    source.kind === 'missing'
      ? [changelogNotFound(source.missing, input.required)]
      : []
  return { ...generated(input), findings }
}

function nothing(findings: readonly Finding[]): ChangelogVerdict {
  return {
    notes: null,
    notesSource: null,
    file: null,
    date: null,
    line: null,
    findings
  }
}

function generated(
  input: ChangelogCheckInput
): Omit<ChangelogVerdict, 'findings'> {
  const notes = generatedNotes({
    version: input.version ?? '',
    ...(input.projectName ? { projectName: input.projectName } : {})
  })
  const link = input.indexLink ? `\n\n${input.indexLink}` : ''
  return {
    notes: notes + link,
    notesSource: 'generated',
    file: null,
    date: null,
    line: null
  }
}
