/** Where to ask an index about one project. */
export interface IndexEndpoints {
  /** The PyPI JSON API (`{index}/pypi/{name}/json`), or `null` when the index-url names a Simple API. */
  readonly jsonApi: string | null
  /**
   * True when the JSON API is known to exist there (pypi.org and
   * test.pypi.org), so its 404 means "no such project" rather than
   * "no JSON API here: try the Simple API".
   */
  readonly jsonApiAuthoritative: boolean
  /** The project's Simple API page (PEP 503), with its trailing slash. */
  readonly simple: string
}

const WAREHOUSE_HOSTS = new Set(['pypi.org', 'test.pypi.org'])
// Simple API roots: `/simple` (PyPI, Artifactory, GitLab, Nexus) and
// devpi's `/+simple`.
const SIMPLE_ROOTS = new Set(['simple', '+simple'])

/**
 * The addresses to query for `name` on the index at `indexUrl`. The
 * index-url may be an index's base (`https://pypi.org`) or its Simple API
 * root (`https://host/api/pypi/repo/simple`), as pip's `--index-url` takes.
 */
export function indexEndpoints(indexUrl: string, name: string): IndexEndpoints {
  const url = new URL(indexUrl)
  const base = url.href.replace(/\/+$/, '')
  const project = encodeURIComponent(normalizeProjectName(name))
  const last = base.slice(base.lastIndexOf('/') + 1)
  if (SIMPLE_ROOTS.has(last) && url.pathname !== '/') {
    return {
      jsonApi: null,
      jsonApiAuthoritative: false,
      simple: `${base}/${project}/`
    }
  }
  return {
    jsonApi: `${base}/pypi/${project}/json`,
    jsonApiAuthoritative: WAREHOUSE_HOSTS.has(url.hostname),
    simple: `${base}/simple/${project}/`
  }
}

/** PEP 503 name normalization: runs of `-`, `_` and `.` become `-`, lowercase. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase()
}

/** True for PyPI and TestPyPI, where the JSON API and Warehouse's pages exist. */
export function isWarehouse(indexUrl: string): boolean {
  try {
    return WAREHOUSE_HOSTS.has(new URL(indexUrl).hostname)
  } catch {
    return false
  }
}

/**
 * The URL without user name or password, for messages and logs: private
 * index-urls often carry a token as `https://user:token@host/simple`.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.username && !parsed.password) return url
    parsed.username = ''
    parsed.password = ''
    return parsed.href
  } catch {
    return url
  }
}
