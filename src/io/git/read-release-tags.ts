import type { GitFacts } from '../../engine/checks/git-facts.js'
import type { TagSource } from '../../engine/readiness/decide-readiness.js'
import { fetchGitHubTags, type GitHubRepo } from '../github-tags.js'

/** How to find the release tags when git alone cannot tell. */
export interface ReleaseTagsOptions {
  readonly prefix: string
  /** The GitHub API to ask when the clone lacks tags; `null` never asks. */
  readonly github: GitHubRepo | null
  readonly timeoutMs: number
  readonly userAgent: string
  readonly fetch?: typeof fetch
}

/** The tags readiness compares against, and where they came from. */
export interface ReleaseTags {
  readonly tags: readonly string[]
  readonly source: TagSource
  /** Why the list may be missing or partial, when it may. */
  readonly note: string | null
}

/**
 * The release tags: from git when the clone is full and holds tags (only
 * those reachable from HEAD, when that can be told), otherwise from the
 * GitHub API (shallow clones, or no tags fetched), merged with any tags
 * the clone has. Never throws.
 */
export async function readReleaseTags(
  git: GitFacts,
  options: ReleaseTagsOptions
): Promise<ReleaseTags> {
  const repo = git.kind === 'repository' ? git : null
  const local = repo?.tags ?? []
  if (repo && !repo.shallow && local.length > 0) {
    const merged = repo.mergedTags ?? []
    return merged.length > 0
      ? { tags: merged, source: 'git-merged', note: null }
      : { tags: local, source: 'git', note: null }
  }
  let note: string | null = null
  if (options.github) {
    const api = await fetchGitHubTags(options.github, options)
    if (api.kind === 'tags') {
      const tags = [...new Set([...local, ...api.tags])].filter(t =>
        t.startsWith(options.prefix)
      )
      const partial = api.complete
        ? null
        : 'the GitHub API listed only the first tags'
      return { tags, source: 'github-api', note: partial }
    }
    note = api.reason
  }
  if (local.length > 0) return { tags: local, source: 'git', note }
  if (repo && !repo.shallow && note === null) {
    return { tags: [], source: 'git', note: null }
  }
  return { tags: [], source: 'none', note: note ?? noTagsReason(git) }
}

function noTagsReason(git: GitFacts): string {
  if (git.kind === 'unavailable') return git.reason
  return 'the clone is shallow and holds no release tags, and no github-token was given'
}
