import path from 'node:path'
import {
  resolveProjectVersion,
  resolveRun,
  type GitFacts,
  type ProjectVersion,
  type ReleaseSnapshot,
  type ResolvedRun
} from '../engine/index.js'
import type { Settings } from '../settings.js'
import { PRODUCT_VERSION } from '../version.js'
import { readDist } from './dist/read-dist.js'
import { readGitFacts } from './git/read-git-facts.js'
import { readReleaseTags } from './git/read-release-tags.js'
import { gitHubRepoFromEnv } from './github-tags.js'
import { fetchIndexRecord } from './package-index/fetch-index-record.js'
import { productUserAgent } from './package-index/user-agent.js'
import { checkoutRoot, projectFileReader } from './project-files.js'
import { latestToday, readChangelog } from './read-changelog.js'
import { readPublishingContext } from './read-publishing-context.js'
import { readRunContext } from './run-context.js'

/** Bound on each network lookup (index, GitHub tags), retries included. */
const NETWORK_TIMEOUT_MS = 15_000

/** How the adapter wants the snapshot read. */
export interface SnapshotOptions {
  /** Hides a secret from the log; given only where the runner can mask (the action). */
  readonly mask?: (secret: string) => void
}

/** Reads, once, everything the checks need from the disk, git and the network. */
export async function readReleaseSnapshot(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  options: SnapshotOptions = {}
): Promise<ReleaseSnapshot> {
  const wd = path.resolve(settings.workingDirectory)
  const run = resolveRun(settings.mode, settings.tag, readRunContext(env))
  const project = readProject(wd, env)
  const userAgent = productUserAgent(PRODUCT_VERSION)
  const name = project?.name?.normalized ?? null
  const [dist, git, indexResponse, publishing] = await Promise.all([
    readDist(path.resolve(wd, settings.dist)),
    needsGit(run, project)
      ? readGitFacts(wd, { prefix: settings.tagPrefix, tag: run.tag })
      : Promise.resolve(NOT_ASKED),
    settings.checkIndex && name
      ? fetchIndexRecord(settings.indexUrl, name, {
          timeoutMs: NETWORK_TIMEOUT_MS,
          userAgent
        })
      : Promise.resolve(null),
    settings.trustedPublishing
      ? readPublishingContext(env, settings, options.mask)
      : Promise.resolve(null)
  ])
  const releaseTags =
    run.mode === 'readiness'
      ? await readReleaseTags(git, {
          prefix: settings.tagPrefix,
          github: gitHubRepoFromEnv(env, settings.githubToken),
          timeoutMs: NETWORK_TIMEOUT_MS,
          userAgent
        })
      : null
  return {
    run,
    project,
    workingDirectory: settings.workingDirectory,
    changelog: readChangelog(settings.changelog, wd),
    today: latestToday(),
    git,
    releaseTags,
    indexResponse,
    publishing,
    dist: dist ? { ...dist, folder: settings.dist } : null
  }
}

const NOT_ASKED: GitFacts = { kind: 'unavailable', reason: 'not needed' }

// Git answers three questions: readiness's release tags, whether an
// explicit tag is HEAD, and what a VCS-versioned build would produce.
// A tag push of a static version asks none of them, and skips the cost.
function needsGit(run: ResolvedRun, project: ProjectVersion | null): boolean {
  return (
    run.mode === 'readiness' ||
    run.tagSource === 'input' ||
    project?.declaration.kind === 'vcs'
  )
}

function readProject(
  wd: string,
  env: NodeJS.ProcessEnv
): ProjectVersion | null {
  const readFile = projectFileReader(wd, checkoutRoot(wd, env))
  const text = readFile('pyproject.toml')
  return text === undefined ? null : resolveProjectVersion(text, readFile)
}
