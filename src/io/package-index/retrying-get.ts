import { setTimeout as sleep } from 'node:timers/promises'
import { boundedGet, type BoundedGetResult } from './bounded-get.js'

/** Limits shared by every request of one lookup. */
export interface RetryingGetOptions {
  /** Time budget for every request made through the returned function together. */
  readonly timeoutMs: number
  readonly userAgent: string
  readonly maxBytes: number
  /** Wait before the retry when the server names none. */
  readonly retryDelayMs: number
  readonly fetch: typeof fetch
}

/** An answer, and how many attempts it took. */
export type Attempted = BoundedGetResult & { readonly attempts: number }

/** GETs a URL with extra headers, within the shared budget. */
export type RetryingGet = (
  url: string,
  headers: Readonly<Record<string, string>>
) => Promise<Attempted>

const MAX_REDIRECTS = 5
// A server asking for a longer pause than this is not coming back soon.
const MAX_RETRY_AFTER_MS = 10_000

/**
 * A GET that tries once more after a transient failure (a network error,
 * 429 or 5xx), waiting as the server's Retry-After asks (bounded), and
 * never past the time budget, which starts now and covers every request.
 */
export function retryingGet(options: RetryingGetOptions): RetryingGet {
  const signal = AbortSignal.timeout(options.timeoutMs)
  const deadline = Date.now() + options.timeoutMs
  const once = (url: string, headers: Readonly<Record<string, string>>) =>
    boundedGet(url, {
      headers: { ...headers, 'user-agent': options.userAgent },
      signal,
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      maxRedirects: MAX_REDIRECTS,
      fetch: options.fetch
    })
  return async (url, headers) => {
    const first = await once(url, headers)
    if (!isTransient(first, signal)) return { ...first, attempts: 1 }
    const wait = retryWait(first, options.retryDelayMs)
    if (Date.now() + wait >= deadline) return { ...first, attempts: 1 }
    try {
      await sleep(wait, undefined, { signal })
    } catch {
      return { ...first, attempts: 1 }
    }
    return { ...(await once(url, headers)), attempts: 2 }
  }
}

/** 429 and 5xx: the server may answer if asked again. */
export function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500
}

/** A readable account of a failed answer, e.g. `HTTP 503 (Service Unavailable), after 2 attempts`. */
export function describeFailure(res: Attempted): string {
  const tries = res.attempts > 1 ? `, after ${res.attempts} attempts` : ''
  const what =
    res.kind === 'failed'
      ? res.reason
      : `HTTP ${res.status}${res.statusText ? ` (${res.statusText})` : ''}`
  return `${what}${tries}`
}

function isTransient(res: BoundedGetResult, signal: AbortSignal): boolean {
  if (signal.aborted) return false
  return res.kind === 'failed' ? res.transient : isTransientStatus(res.status)
}

/** RFC 9110 Retry-After: seconds or an HTTP date; bounded. */
function retryWait(res: BoundedGetResult, fallback: number): number {
  const header = res.kind === 'response' ? res.headers.get('retry-after') : null
  if (!header) return fallback
  const seconds = Number(header)
  const ms = Number.isFinite(seconds)
    ? seconds * 1000
    : Date.parse(header) - Date.now()
  return Number.isFinite(ms)
    ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS)
    : fallback
}
