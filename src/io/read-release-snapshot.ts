import path from 'node:path'
import { resolveRun, type ReleaseSnapshot } from '../engine/index.js'
import type { Settings } from '../settings.js'
import { checkoutRoot, projectFileReader } from './project-files.js'
import { latestToday, readChangelog } from './read-changelog.js'
import { readRunContext } from './run-context.js'

/** Reads, once, everything the checks need from the disk and the environment. */
export async function readReleaseSnapshot(
  settings: Settings,
  env: NodeJS.ProcessEnv
): Promise<ReleaseSnapshot> {
  const wd = path.resolve(settings.workingDirectory)
  const readFile = projectFileReader(wd, checkoutRoot(wd, env))
  const text = readFile('pyproject.toml')
  return Promise.resolve({
    run: resolveRun(settings.mode, settings.tag, readRunContext(env)),
    pyproject: text === undefined ? null : { file: 'pyproject.toml', text },
    readFile,
    workingDirectory: settings.workingDirectory,
    changelog: readChangelog(settings.changelog, wd),
    today: latestToday()
  })
}
