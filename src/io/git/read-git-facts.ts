import type { GitFacts, GitRepository } from '../../engine/checks/git-facts.js'
import { runGit, type GitResult } from './run-git.js'

/** What to ask git about. */
export interface GitFactsOptions {
  /** Only tags starting with this are release tags. */
  readonly prefix: string
  /** The release tag to locate, if any (without `refs/tags/`). */
  readonly tag: string | null
}

const SHOWN_DIRTY_FILES = 50

/**
 * Reads, once, what the git checks and readiness need from the checkout
 * holding `cwd`: HEAD, shallowness, the prefix's tags (and which are
 * reachable from HEAD), where the release tag points, `git describe`,
 * and the tracked files with uncommitted changes. Git missing or `cwd`
 * outside a repository is a fact, not an error.
 */
export async function readGitFacts(
  cwd: string,
  options: GitFactsOptions
): Promise<GitFacts> {
  const probe = await runGit(cwd, ['rev-parse', '--is-inside-work-tree'])
  if (!probe.ok) {
    return {
      kind: 'unavailable',
      reason: probe.missing ? 'git is not installed' : probe.message
    }
  }
  const git = (...args: string[]) => runGit(cwd, args)
  const [
    head,
    short,
    shallow,
    tags,
    merged,
    tagCommit,
    described,
    count,
    status
  ] = await Promise.all([
    git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}'),
    git('rev-parse', '--short', 'HEAD'),
    git('rev-parse', '--is-shallow-repository'),
    git('tag', '--list'),
    git('tag', '--list', '--merged', 'HEAD'),
    options.tag === null
      ? Promise.resolve(null)
      : git('rev-list', '-n', '1', `refs/tags/${options.tag}`, '--'),
    git(
      'describe',
      '--tags',
      '--long',
      '--match',
      `${globEscape(options.prefix)}[0-9]*`,
      'HEAD'
    ),
    git('rev-list', '--count', 'HEAD'),
    git('status', '--porcelain=v1', '-z', '--untracked-files=no')
  ])
  const isShallow = firstLine(shallow) === 'true'
  const dirty = changedPaths(status)
  const facts: GitRepository = {
    kind: 'repository',
    head: firstLine(head),
    headShort: firstLine(short),
    shallow: isShallow,
    tags: withPrefix(tags, options.prefix),
    mergedTags:
      isShallow || !merged.ok ? null : withPrefix(merged, options.prefix),
    tagCommit: tagCommit ? firstLine(tagCommit) : null,
    describe: parseDescribe(firstLine(described)),
    commitCount: count.ok ? Number.parseInt(count.stdout, 10) || null : null,
    dirtyFiles: dirty.slice(0, SHOWN_DIRTY_FILES),
    dirtyCount: dirty.length
  }
  return facts
}

function firstLine(result: GitResult): string | null {
  if (!result.ok) return null
  const line = result.stdout.split('\n', 1)[0]?.trim()
  return line ? line : null
}

function withPrefix(result: GitResult, prefix: string): string[] {
  if (!result.ok) return []
  return result.stdout
    .split('\n')
    .filter(tag => tag !== '' && tag.startsWith(prefix))
}

/** `v1.2.3-4-g1a2b3c4`: the tag may hold `-`, so read from the right. */
function parseDescribe(
  line: string | null
): { tag: string; distance: number } | null {
  if (line === null) return null
  const hash = line.lastIndexOf('-g')
  const dash = hash < 0 ? -1 : line.lastIndexOf('-', hash - 1)
  if (dash <= 0) return null
  const distance = Number(line.slice(dash + 1, hash))
  return Number.isSafeInteger(distance)
    ? { tag: line.slice(0, dash), distance }
    : null
}

/**
 * Paths from `git status --porcelain=v1 -z`: `XY path`, and for a rename
 * or copy a second, NUL-separated original path that is skipped.
 */
function changedPaths(result: GitResult): string[] {
  if (!result.ok) return []
  const fields = result.stdout.split('\0')
  const paths: string[] = []
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i] ?? ''
    if (entry.length < 4) continue
    paths.push(entry.slice(3))
    if (entry[0] === 'R' || entry[0] === 'C') i++
  }
  return paths
}

// git's wildmatch: escape what would otherwise be a pattern.
function globEscape(text: string): string {
  return text.replace(/[\\*?[\]]/g, c => `\\${c}`)
}
