import { finding, type Finding } from '../report/finding.js'
import type { VersionDeclaration } from '../pyproject/version-declaration.js'
import { vcsFindings } from './vcs-build-findings.js'

/** Git could not be asked: not installed, not a repository, refused. */
export interface GitUnavailable {
  readonly kind: 'unavailable'
  /** Human readable, e.g. `git is not installed`, git's own first error line. */
  readonly reason: string
}

/** What the checkout's git says, read once. */
export interface GitRepository {
  readonly kind: 'repository'
  /** Full commit id of HEAD; `null` before the first commit. */
  readonly head: string | null
  /** Git's abbreviation of HEAD, as VCS version tools print it. */
  readonly headShort: string | null
  /** `git rev-parse --is-shallow-repository`. */
  readonly shallow: boolean
  /** Local tags starting with the tag prefix. */
  readonly tags: readonly string[]
  /** Those of `tags` reachable from HEAD; `null` in a shallow clone. */
  readonly mergedTags: readonly string[] | null
  /** Commit the release tag points at; `null` when no tag was asked about or it is not here. */
  readonly tagCommit: string | null
  /** Nearest prefix tag reachable from HEAD and how far (`git describe --tags --long`). */
  readonly describe: { readonly tag: string; readonly distance: number } | null
  /** Commits reachable from HEAD; what VCS tools count when there is no tag. */
  readonly commitCount: number | null
  /** Tracked files with uncommitted changes (`git status`), the first few. */
  readonly dirtyFiles: readonly string[]
  /** How many tracked files have uncommitted changes in all. */
  readonly dirtyCount: number
}

/** The facts `readGitFacts` gathers. */
export type GitFacts = GitUnavailable | GitRepository

/** What the git checks need besides the facts. */
export interface GitFactsInput {
  readonly mode: 'release' | 'readiness'
  /** The release tag; `null` when there is none. */
  readonly tag: string | null
  /** The tag was given explicitly (input or flag), not taken from the run's ref. */
  readonly tagExplicit: boolean
  readonly prefix: string
  /** The normalized version the tag names; `null` when it names none. */
  readonly version: string | null
  readonly declaration: VersionDeclaration | null
  readonly git: GitFacts
  /** `YYYY-MM-DD`, for the date VCS tools stamp on dirty builds. */
  readonly today: string
}

/**
 * Release mode only. With a tag given explicitly (e.g. workflow_dispatch)
 * HEAD must be the tagged commit, or the files checked are not the
 * release. With a version taken from git by the build backend, say before
 * the build what it would produce and why: a shallow clone or missing
 * tags, HEAD not at the tag, a dirty tree.
 */
export function decideGitFacts(input: GitFactsInput): Finding[] {
  if (input.mode !== 'release' || input.tag === null) return []
  const vcs = input.declaration?.kind === 'vcs' ? input.declaration : null
  if (!input.tagExplicit && !vcs) return []
  const { git, tag } = input
  if (git.kind === 'unavailable') {
    return [
      finding(
        'tag/git-unavailable',
        'notice',
        `Git could not be asked about tag '${tag}' (${git.reason}), so HEAD was not compared with it${vcs ? ` and the version ${vcs.tool} would derive was not predicted` : ''}.`
      )
    ]
  }
  if (git.head === null) return []
  const headFindings = input.tagExplicit ? tagAtHead(tag, git) : []
  const notHead = headFindings.some(f => f.id === 'tag/not-head')
  const vcsChecks = vcs
    ? vcsFindings({ ...input, git, vcs, reportNotAtTag: !notHead })
    : []
  return [...headFindings, ...vcsChecks]
}

function tagAtHead(tag: string, git: GitRepository): Finding[] {
  const head = (git.head ?? '').slice(0, 12)
  if (git.tagCommit === null) {
    return [
      finding(
        'tag/not-in-checkout',
        'notice',
        `Tag '${tag}' is not in this checkout, so HEAD (${head}) could not be compared with it.`,
        {
          hint: `If the tag exists, check it out before this step, e.g. actions/checkout with 'ref: \${{ inputs.tag }}'.`
        }
      )
    ]
  }
  if (git.tagCommit === git.head) return []
  return [
    finding(
      'tag/not-head',
      'error',
      `Tag '${tag}' points at commit ${git.tagCommit.slice(0, 12)}, but HEAD is ${head}: the files checked here are not the tagged release.`,
      {
        hint: `Check out the tag before this step: actions/checkout with 'ref: \${{ inputs.tag }}', or 'git checkout ${tag}' locally.`
      }
    )
  ]
}
