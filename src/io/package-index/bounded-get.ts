import { redactUrl } from '../../engine/package-index/index-endpoints.js'

/** How one GET is made. */
export interface BoundedGetOptions {
  readonly headers: Readonly<Record<string, string>>
  /** Aborts the request, its redirects and the body read. */
  readonly signal: AbortSignal
  /** Larger bodies are refused, not truncated. */
  readonly maxBytes: number
  readonly maxRedirects: number
  readonly fetch: typeof fetch
  /** The time budget behind `signal`, for the message when it runs out. */
  readonly timeoutMs: number
}

/** What came back: a status with its body (2xx only), or why nothing did. */
export type BoundedGetResult =
  | {
      readonly kind: 'response'
      readonly status: number
      readonly statusText: string
      readonly headers: Headers
      /** The body of a 2xx answer; `''` for any other status. */
      readonly body: string
      /** Final URL, without credentials. */
      readonly url: string
    }
  | {
      readonly kind: 'failed'
      readonly reason: string
      readonly url: string
      /** Worth one more try: a network error, not a refusal. */
      readonly transient: boolean
    }

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/**
 * One GET that cannot run away: redirects followed by hand (bounded, never
 * from https down to http, credentials dropped when the origin changes),
 * the body read as a stream and refused past `maxBytes`, every failure
 * turned into a value. A URL's `user:password@` becomes a Basic
 * Authorization header, as pip does, since fetch refuses such URLs.
 */
export async function boundedGet(
  address: string,
  options: BoundedGetOptions
): Promise<BoundedGetResult> {
  let url = parseUrl(address)
  if (!url) return failed(redactUrl(address), 'not a URL', false)
  let auth = basicAuth(url)
  for (let hop = 0; ; hop++) {
    const shown = redactUrl(url.href)
    let res: Response
    try {
      res = await options.fetch(withoutCredentials(url), {
        headers: auth
          ? { ...options.headers, authorization: auth }
          : options.headers,
        redirect: 'manual',
        signal: options.signal
      })
    } catch (e) {
      return failed(shown, describeFetchError(e, options), true)
    }
    if (!REDIRECTS.has(res.status)) return readResponse(res, shown, options)
    await discard(res)
    const location = res.headers.get('location')
    if (!location || hop >= options.maxRedirects) {
      const why = location
        ? `more than ${options.maxRedirects} redirects`
        : 'a redirect without a Location'
      return failed(shown, why, false)
    }
    const next = parseUrl(location, url)
    if (!next || !isAllowedRedirect(url, next)) {
      const to = next ? redactUrl(next.href) : 'an invalid address'
      return failed(shown, `refused redirect to ${to}`, false)
    }
    if (next.origin !== url.origin) auth = basicAuth(next)
    url = next
  }
}

async function readResponse(
  res: Response,
  url: string,
  options: BoundedGetOptions
): Promise<BoundedGetResult> {
  const base = {
    kind: 'response' as const,
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
    url
  }
  if (res.status < 200 || res.status > 299) {
    await discard(res)
    return { ...base, body: '' }
  }
  const declared = Number(res.headers.get('content-length') ?? '0')
  if (declared > options.maxBytes) {
    await discard(res)
    return failed(url, tooLarge(options.maxBytes), false)
  }
  try {
    const body = await readCapped(res, options.maxBytes)
    return body === null
      ? failed(url, tooLarge(options.maxBytes), false)
      : { ...base, body }
  } catch (e) {
    return failed(url, describeFetchError(e, options), true)
  }
}

async function readCapped(
  res: Response,
  maxBytes: number
): Promise<string | null> {
  if (!res.body) return ''
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = (await reader.read()) as {
      done: boolean
      value?: Uint8Array
    }
    if (done || !value) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total).toString('utf8')
}

function tooLarge(maxBytes: number): string {
  return `the answer is larger than ${Math.round(maxBytes / 1048576)} MB`
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined)
}

function failed(
  url: string,
  reason: string,
  transient: boolean
): BoundedGetResult {
  return { kind: 'failed', reason, url, transient }
}

function parseUrl(text: string, base?: URL): URL | null {
  try {
    return new URL(text, base)
  } catch {
    return null
  }
}

function isAllowedRedirect(from: URL, to: URL): boolean {
  if (to.protocol !== 'https:' && to.protocol !== 'http:') return false
  return !(from.protocol === 'https:' && to.protocol === 'http:')
}

function basicAuth(url: URL): string | null {
  if (!url.username && !url.password) return null
  const user = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}

function withoutCredentials(url: URL): string {
  const copy = new URL(url.href)
  copy.username = ''
  copy.password = ''
  return copy.href
}

/**
 * A readable reason for a failed request: the timeout, or the system
 * error Node's fetch wraps as its `cause` (`ECONNREFUSED`, `ENOTFOUND`, a
 * TLS error, …).
 */
function describeFetchError(
  error: unknown,
  budget: { readonly signal: AbortSignal; readonly timeoutMs: number }
): string {
  if (budget.signal.aborted) {
    return errorField(budget.signal.reason, 'name') === 'TimeoutError'
      ? `no answer within ${budget.timeoutMs / 1000} s`
      : 'the request was cancelled'
  }
  // Read fields rather than test `instanceof Error`: the errors may come
  // from another realm.
  const cause: unknown = errorField(error, 'cause') ?? error
  const message = errorField(cause, 'message')
  const code = errorField(cause, 'code')
  const label = typeof code === 'string' ? KNOWN_CODES[code] : undefined
  const text = typeof message === 'string' ? message : String(cause)
  return label ? `${label} (${text})` : text
}

function errorField(error: unknown, field: string): unknown {
  return typeof error === 'object' && error !== null
    ? (error as Record<string, unknown>)[field]
    : undefined
}

const KNOWN_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed'
}
