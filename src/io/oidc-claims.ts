import {
  pickClaims,
  type OidcClaimsResult
} from '../engine/publishing/oidc-claims.js'

/** How to read the claims, and how to keep the tokens out of the log. */
export interface OidcClaimsOptions {
  /** The runner's environment: `ACTIONS_ID_TOKEN_REQUEST_URL` and `_TOKEN`. */
  readonly env: NodeJS.ProcessEnv
  /** The `index-url` input; its host says which audience to ask for. */
  readonly indexUrl: string
  /** Hides a secret from the log (the runner's `add-mask`); called before any use. */
  readonly mask: (secret: string) => void
  /** Limit for each request, in milliseconds. */
  readonly timeoutMs?: number
}

// Both answers are a few dozen bytes; a token is a few KB.
const MAX_BODY_BYTES = 64 * 1024

/** A failure whose message is safe to show: it never holds a token or a body. */
class ClaimsError extends Error {
  override name = 'ClaimsError'
}

/**
 * The claims a trusted publisher is matched on, as this job's id-token
 * carries them: the audience comes from the index
 * (`GET {origin}/_/oidc/audience`), the token from the runner's token
 * service. The token is only decoded for display, never verified,
 * returned or logged. Every failure becomes a reason.
 */
export async function readOidcClaims(
  options: OidcClaimsOptions
): Promise<OidcClaimsResult> {
  const url = options.env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !requestToken) {
    return {
      status: 'unavailable',
      reason:
        'this job has no id-token (no `id-token: write` permission; only the publish job needs one).'
    }
  }
  options.mask(requestToken)
  const timeoutMs = options.timeoutMs ?? 10_000
  try {
    const audience = await fetchAudience(options.indexUrl, timeoutMs)
    const token = await fetchIdToken(url, requestToken, audience, timeoutMs)
    options.mask(token)
    return { status: 'ok', audience, claims: pickClaims(decodePayload(token)) }
  } catch (error) {
    const reason =
      error instanceof ClaimsError ? error.message : 'unexpected error'
    return { status: 'failed', reason }
  }
}

async function fetchAudience(
  indexUrl: string,
  timeoutMs: number
): Promise<string> {
  const origin = new URL(indexUrl).origin
  const host = new URL(origin).host
  const response = await get(
    `${origin}/_/oidc/audience`,
    {},
    timeoutMs,
    `the index ${host}`
  )
  if (response.status === 404) {
    throw new ClaimsError(
      `${host} does not offer trusted publishing (no /_/oidc/audience).`
    )
  }
  if (response.status === 403) {
    throw new ClaimsError(`${host} has trusted publishing disabled.`)
  }
  const audience = field(
    await json(response, `the index ${host}`, timeoutMs),
    'audience'
  )
  if (audience === null) {
    throw new ClaimsError(`${host} did not name an OIDC audience.`)
  }
  return audience
}

async function fetchIdToken(
  requestUrl: string,
  requestToken: string,
  audience: string,
  timeoutMs: number
): Promise<string> {
  const glue = requestUrl.includes('?') ? '&' : '?'
  const url = `${requestUrl}${glue}audience=${encodeURIComponent(audience)}`
  const response = await get(
    url,
    { Authorization: `Bearer ${requestToken}` },
    timeoutMs,
    'the id-token service'
  )
  const value = field(
    await json(response, 'the id-token service', timeoutMs),
    'value'
  )
  if (value === null) {
    throw new ClaimsError('the id-token service returned no token.')
  }
  return value
}

async function get(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  what: string
): Promise<Response> {
  try {
    return await fetch(url, {
      headers: { Accept: 'application/json', ...headers },
      // A redirect would carry the bearer token to another address.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs)
    })
  } catch (error) {
    throw new ClaimsError(
      `${what} could not be reached: ${cause(error, timeoutMs)}.`
    )
  }
}

async function json(
  response: Response,
  what: string,
  timeoutMs: number
): Promise<unknown> {
  if (!response.ok) {
    await response.body?.cancel()
    throw new ClaimsError(`${what} answered HTTP ${response.status}.`)
  }
  let text: string
  try {
    text = await boundedText(response)
  } catch (error) {
    throw new ClaimsError(
      `${what} sent no usable answer: ${cause(error, timeoutMs)}.`
    )
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new ClaimsError(`${what} did not answer with JSON.`)
  }
}

async function boundedText(response: Response): Promise<string> {
  if (response.body === null) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  // Leaving the loop early cancels the stream.
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > MAX_BODY_BYTES) throw new Error('the answer is too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function field(body: unknown, name: string): string | null {
  if (body === null || typeof body !== 'object') return null
  const value = (body as Record<string, unknown>)[name]
  return typeof value === 'string' && value !== '' ? value : null
}

// A JWT is `header.payload.signature`, each base64url (RFC 7519 §3).
function decodePayload(token: string): unknown {
  const payload = token.split('.')[1]
  try {
    if (payload === undefined) throw new Error('no payload')
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    throw new ClaimsError('the id-token is not a readable JWT.')
  }
}

// Errors may come from another realm (undici's), so read them by shape.
function cause(error: unknown, timeoutMs: number): string {
  const e = (error ?? {}) as {
    name?: unknown
    message?: unknown
    cause?: unknown
  }
  if (e.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`
  const code = (e.cause as { code?: unknown } | undefined)?.code
  if (typeof code === 'string') return code
  return typeof e.message === 'string' ? e.message : 'unknown error'
}
