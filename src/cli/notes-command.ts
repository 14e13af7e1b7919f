import path from 'node:path'
import {
  checkChangelog,
  indexPageUrl,
  normalizeVersion,
  resolveProjectVersion,
  type ChangelogVerdict
} from '../engine/index.js'
import { readTextFile } from '../io/project-files.js'
import { latestToday, readChangelog } from '../io/read-changelog.js'
import { parseSettings } from '../settings.js'
import { UsageError, type ParsedArgs } from './args.js'
import type { CliIO } from './main.js'

const NOTES_FLAGS = new Set([
  'version',
  'changelog',
  'working-directory',
  'changelog-required',
  'append-index-link',
  'index-url',
  'json'
])

/** `notes --version V`: the release notes as the action would publish them. */
export function notesCommand(args: ParsedArgs, io: CliIO): number {
  const unknown = [...args.flags.keys()].find(k => !NOTES_FLAGS.has(k))
  if (unknown) throw new UsageError(`Unknown option --${unknown} for 'notes'.`)
  const version = args.flags.get('version')
  if (!version)
    throw new UsageError("'notes' needs --version, e.g. --version 1.2.3.")
  if (normalizeVersion(version) === null) {
    throw new UsageError(`--version '${version}' is not a PEP 440 version.`)
  }
  const settings = parseSettings(name =>
    name === 'version' ? undefined : args.flags.get(name)
  )
  const wd = path.resolve(settings.workingDirectory)
  const name = projectName(wd)
  const verdict = checkChangelog(readChangelog(settings.changelog, wd), {
    version,
    mode: 'release',
    required: settings.changelogRequired,
    today: latestToday(),
    projectName: name?.raw ?? null,
    indexLink:
      settings.appendIndexLink && name
        ? indexPageUrl(
            settings.indexUrl,
            name.normalized,
            normalizeVersion(version) ?? version
          )
        : null
  })
  const failed = verdict.findings.some(f => f.severity === 'error')
  if (args.flags.has('json'))
    io.out(JSON.stringify({ version, ...verdict }, null, 2) + '\n')
  else printNotes(verdict, failed, io)
  return failed ? 1 : 0
}

function printNotes(
  verdict: ChangelogVerdict,
  failed: boolean,
  io: CliIO
): void {
  for (const f of verdict.findings) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''
    io.err(
      `${where}${f.severity}: ${f.message} [${f.id}]${f.hint ? `\n    fix: ${f.hint}` : ''}\n`
    )
  }
  if (!failed && verdict.notes !== null)
    io.out(verdict.notes.replace(/\n*$/, '\n'))
}

// The name only decorates the notes (generated text, index link), so a
// missing or broken pyproject is not an error here.
function projectName(wd: string): { raw: string; normalized: string } | null {
  const text = readTextFile(path.join(wd, 'pyproject.toml'))
  return text === undefined
    ? null
    : resolveProjectVersion(text, () => undefined).name
}
