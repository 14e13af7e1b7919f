import { finding, type Finding } from '../report/finding.js'
import type { VcsVersion } from '../pyproject/version-declaration.js'
import { normalizeVersion } from '../version/pep440.js'
import type { GitFactsInput, GitRepository } from './git-facts.js'
import { vcsBuildVersion, type VcsBuildState } from './vcs-build-version.js'

/** The git checks of a version derived from tags at build time. */
export interface VcsCheckInput extends GitFactsInput {
  readonly git: GitRepository
  readonly vcs: VcsVersion
  /** False when `tag/not-head` already says HEAD is not the tag. */
  readonly reportNotAtTag: boolean
}

const SHOWN_FILES = 5

/**
 * Why a build from this checkout would not be versioned as the tag says,
 * each reason with its fix: the tag missing from a shallow clone (or never
 * fetched), HEAD not at the tag, a dirty tree. Nothing when the build
 * would produce the tag's version. Warnings: the build may run in another
 * job with another checkout.
 */
export function vcsFindings(input: VcsCheckInput): Finding[] {
  const { git, vcs, tag, version } = input
  const state = buildState(input)
  const predicted = vcsBuildVersion(vcs.tool, state)
  if (tag === null || predicted === version) return []
  const outcome =
    predicted === null
      ? `a build here would fail: ${vcs.tool} finds no tag (unless a default version is configured)`
      : `${vcs.tool} would version a build here '${predicted}'${version ? `, not '${version}'` : ''}`
  const where = { file: vcs.file, line: vcs.line }
  if (git.tagCommit === null) return [missingTag(input, outcome, where)]
  const findings: Finding[] = []
  if (git.tagCommit !== git.head && input.reportNotAtTag) {
    findings.push(
      finding(
        'version/vcs-not-at-tag',
        'warning',
        `The version comes from git, but HEAD (${git.headShort ?? ''}) is not the commit tag '${tag}' points at (${git.tagCommit.slice(0, 12)}): ${outcome}.`,
        {
          ...where,
          hint: `Build from the tagged commit: actions/checkout with 'ref: ${tag}' (a tag push checks it out already), or move the tag to this commit.`
        }
      )
    )
  }
  const dirtyMatters =
    git.dirtyCount > 0 &&
    vcsBuildVersion(vcs.tool, { ...state, dirty: false }) !== predicted
  if (dirtyMatters) findings.push(dirtyTree(git, vcs, outcome, where))
  return findings
}

function buildState(input: VcsCheckInput): VcsBuildState {
  const { git, prefix } = input
  const described = git.describe
  const tagVersion =
    described && described.tag.startsWith(prefix)
      ? normalizeVersion(described.tag.slice(prefix.length))
      : null
  return {
    tagVersion,
    distance:
      described && tagVersion !== null
        ? described.distance
        : (git.commitCount ?? 1),
    node: git.headShort,
    dirty: git.dirtyCount > 0,
    today: input.today
  }
}

function missingTag(
  input: VcsCheckInput,
  outcome: string,
  where: { file: string; line: number }
): Finding {
  const { git, tag } = input
  const hint = git.shallow
    ? "Fetch history and tags in the job that builds: actions/checkout with 'fetch-depth: 0' (or at least 'fetch-tags: true' when it builds the tagged commit itself)."
    : "Fetch the tags: 'git fetch --tags', or actions/checkout with 'fetch-tags: true'."
  return finding(
    'version/vcs-shallow-clone',
    'warning',
    `The version comes from git, but tag '${tag ?? ''}' is not in this ${git.shallow ? 'shallow clone' : 'clone'}: ${outcome}.`,
    { ...where, hint }
  )
}

function dirtyTree(
  git: GitRepository,
  vcs: VcsVersion,
  outcome: string,
  where: { file: string; line: number }
): Finding {
  const shown = git.dirtyFiles.slice(0, SHOWN_FILES).join(', ')
  const more =
    git.dirtyCount > SHOWN_FILES
      ? ` and ${git.dirtyCount - SHOWN_FILES} more`
      : ''
  return finding(
    'version/vcs-dirty-tree',
    'warning',
    `${git.dirtyCount} tracked file(s) have uncommitted changes (${shown}${more}), so ${vcs.tool} counts the tree as dirty: ${outcome}.`,
    {
      ...where,
      hint: "Commit or discard the changes before building ('git status' lists them); a step that edits tracked files before the build should write ignored files instead."
    }
  )
}
