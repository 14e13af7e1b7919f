/** Where the product lives; indexes' operators see it in their logs. */
const HOMEPAGE = 'https://github.com/pypi-preflight/pypi-preflight'

/**
 * The User-Agent sent to the index and the GitHub API, so their operators
 * can tell who is asking (PyPI asks API clients for one that names them).
 */
export function productUserAgent(version: string): string {
  return `pypi-preflight/${version} (+${HOMEPAGE})`
}
