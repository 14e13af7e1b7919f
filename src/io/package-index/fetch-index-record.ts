import {
  indexEndpoints,
  redactUrl
} from '../../engine/package-index/index-endpoints.js'
import type {
  IndexResponse,
  IndexSource
} from '../../engine/package-index/index-response.js'
import type { BoundedGetResult } from './bounded-get.js'
import {
  describeFailure,
  isTransientStatus,
  retryingGet,
  type Attempted
} from './retrying-get.js'

/** How the index is asked. */
export interface IndexFetchOptions {
  /**
   * Time budget for the whole lookup in milliseconds: every attempt,
   * redirect, retry wait and the Simple API fallback together.
   */
  readonly timeoutMs: number
  /** e.g. from `productUserAgent(version)`. */
  readonly userAgent: string
  /** Defaults to Node's own `fetch`. */
  readonly fetch?: typeof fetch
  /** Largest body accepted; 64 MB by default. */
  readonly maxBytes?: number
  /** Wait before the one retry when the server names none; 1 s by default. */
  readonly retryDelayMs?: number
}

// PEP 691: ask for the JSON form first, accept the HTML forms.
const SIMPLE_ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01'
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

/**
 * Asks the index what it holds for project `name`. Where the PyPI JSON API
 * exists (pypi.org, test.pypi.org, and any index that answers it) that is
 * used; otherwise the Simple API, in its PEP 691 JSON form or PEP 503 HTML,
 * so private indexes (devpi, Artifactory, GitLab, Nexus) work too. A 404
 * means the project does not exist yet. Network errors, 429 and 5xx are
 * tried once more. Never throws: any failure is an `unreachable` answer.
 */
export async function fetchIndexRecord(
  indexUrl: string,
  name: string,
  options: IndexFetchOptions
): Promise<IndexResponse> {
  let endpoints: ReturnType<typeof indexEndpoints>
  try {
    endpoints = indexEndpoints(indexUrl, name)
  } catch {
    const url = redactUrl(indexUrl)
    return { kind: 'unreachable', url, reason: 'the index-url is not a URL' }
  }
  const request = retryingGet({
    timeoutMs: options.timeoutMs,
    userAgent: options.userAgent,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    retryDelayMs: options.retryDelayMs ?? 1000,
    fetch: options.fetch ?? fetch
  })
  const get = (url: string, accept: string) => request(url, { accept })
  if (endpoints.jsonApi !== null) {
    const res = await get(endpoints.jsonApi, 'application/json')
    if (res.kind === 'failed') return unreachable(res)
    if (isOk(res) && (endpoints.jsonApiAuthoritative || looksLikeJson(res))) {
      return found('json-api', res)
    }
    if (endpoints.jsonApiAuthoritative || isTransientStatus(res.status)) {
      return isGone(res.status) ? notFound(res) : unreachable(res)
    }
  }
  // No JSON API here (or not for this project): the Simple API decides.
  const res = await get(endpoints.simple, SIMPLE_ACCEPT)
  if (res.kind === 'failed') return unreachable(res)
  if (isOk(res)) {
    const json = contentType(res).includes('json')
    return found(json ? 'simple-json' : 'simple-html', res)
  }
  return isGone(res.status) ? notFound(res) : unreachable(res)
}

function isOk(res: BoundedGetResult): boolean {
  return res.kind === 'response' && res.status >= 200 && res.status <= 299
}

function isGone(status: number): boolean {
  return status === 404 || status === 410
}

function contentType(res: BoundedGetResult): string {
  return res.kind === 'response'
    ? (res.headers.get('content-type') ?? '').toLowerCase()
    : ''
}

function looksLikeJson(res: BoundedGetResult): boolean {
  if (res.kind !== 'response') return false
  return (
    contentType(res).includes('json') || res.body.trimStart().startsWith('{')
  )
}

function found(source: IndexSource, res: BoundedGetResult): IndexResponse {
  const body = res.kind === 'response' ? res.body : ''
  return { kind: 'found', source, body, url: res.url }
}

function notFound(res: BoundedGetResult): IndexResponse {
  return { kind: 'not-found', url: res.url }
}

function unreachable(res: Attempted): IndexResponse {
  return { kind: 'unreachable', url: res.url, reason: describeFailure(res) }
}
