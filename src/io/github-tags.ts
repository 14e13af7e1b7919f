import { isRecord, parseJson } from '../engine/package-index/index-body.js'
import { describeFailure, retryingGet } from './package-index/retrying-get.js'

/** The repository whose tags are listed, and the token to read them. */
export interface GitHubRepo {
  /** `GITHUB_API_URL`: `https://api.github.com`, or a GHES `https://host/api/v3`. */
  readonly apiUrl: string
  /** `GITHUB_REPOSITORY`: `owner/name`. */
  readonly repository: string
  readonly token: string
}

/** How the API is asked. */
export interface GitHubTagsOptions {
  /** Time budget for every page together. */
  readonly timeoutMs: number
  readonly userAgent: string
  readonly fetch?: typeof fetch
  /** Pages of 100 tags read at most; 50 by default. */
  readonly maxPages?: number
}

/** The repository's tag names, or why they could not be read. */
export type GitHubTags =
  | {
      readonly kind: 'tags'
      readonly tags: readonly string[]
      /** False when the page limit stopped the listing. */
      readonly complete: boolean
    }
  | { readonly kind: 'unavailable'; readonly reason: string }

const REPOSITORY = /^[A-Za-z0-9_-]{1,100}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/
const MAX_PAGE_BYTES = 8 * 1024 * 1024

/**
 * The repository to ask, from the runner's environment (`GITHUB_API_URL`,
 * which GHES sets to its own, and `GITHUB_REPOSITORY`); `null` without a
 * token, since the API is only asked with one.
 */
export function gitHubRepoFromEnv(
  env: NodeJS.ProcessEnv,
  token: string
): GitHubRepo | null {
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (!token || !REPOSITORY.test(repository)) return null
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(
    /\/+$/,
    ''
  )
  return { apiUrl, repository, token }
}

/**
 * Lists the repository's tags through `GET /repos/{owner}/{repo}/tags`,
 * 100 a page, following the `Link: rel="next"` pages (never to another
 * origin, which would receive the token). Never throws.
 */
export async function fetchGitHubTags(
  repo: GitHubRepo,
  options: GitHubTagsOptions
): Promise<GitHubTags> {
  if (!REPOSITORY.test(repo.repository)) {
    return {
      kind: 'unavailable',
      reason: `'${repo.repository}' is not owner/name`
    }
  }
  const get = retryingGet({
    timeoutMs: options.timeoutMs,
    userAgent: options.userAgent,
    maxBytes: MAX_PAGE_BYTES,
    retryDelayMs: 1000,
    fetch: options.fetch ?? fetch
  })
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${repo.token}`,
    'x-github-api-version': '2022-11-28'
  }
  const origin = new URL(repo.apiUrl).origin
  const tags: string[] = []
  let next: string | null =
    `${repo.apiUrl}/repos/${repo.repository}/tags?per_page=100`
  for (let page = 0; page < (options.maxPages ?? 50) && next; page++) {
    if (new URL(next).origin !== origin) break
    const res = await get(next, headers)
    if (res.kind === 'failed' || res.status !== 200) {
      const reason = `GitHub API: ${describeFailure(res)}`
      return { kind: 'unavailable', reason }
    }
    const names = tagNames(res.body)
    if (names === null) {
      const reason = 'GitHub API: the tag list could not be read'
      return { kind: 'unavailable', reason }
    }
    tags.push(...names)
    next = nextPage(res.headers.get('link'))
  }
  return { kind: 'tags', tags, complete: next === null }
}

function tagNames(body: string): string[] | null {
  const parsed = parseJson(body)
  if (!('value' in parsed) || !Array.isArray(parsed.value)) return null
  return (parsed.value as unknown[]).flatMap(item =>
    isRecord(item) && typeof item.name === 'string' ? [item.name] : []
  )
}

/**
 * RFC 8288 Link header: the `rel="next"` target. The caller follows it
 * only on the API's own origin, which alone may receive the token.
 */
function nextPage(link: string | null): string | null {
  for (const part of (link ?? '').slice(0, 10_000).split(',')) {
    const [target, ...params] = part.split(';')
    if (!params.some(p => p.trim() === 'rel="next"')) continue
    const url = target?.trim().replace(/^<|>$/g, '') ?? ''
    return URL.canParse(url) ? url : null
  }
  return null
}
