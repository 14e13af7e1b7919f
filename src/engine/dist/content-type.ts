/**
 * `Description-Content-Type` (core metadata § Description-Content-Type,
 * 2.1+), checked as `packaging.metadata` and the index check it.
 */

/** The parsed content type, or why the value is refused. */
export type ContentTypeResult =
  | {
      readonly ok: true
      readonly type: 'text/plain' | 'text/x-rst' | 'text/markdown'
    }
  | { readonly ok: false; readonly reason: string }

const TYPES = ['text/plain', 'text/x-rst', 'text/markdown'] as const
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark']
const TOKEN = "[!#$%&'*+\\-.^_`|~0-9a-z]+"
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}$`, 'i')

/** Validates a `Description-Content-Type` value. */
export function parseContentType(value: string): ContentTypeResult {
  const [head = '', ...rest] = value.split(';')
  const media = head.trim().toLowerCase()
  const type = TYPES.find(t => t === media)
  if (!MEDIA_TYPE.test(media) || !type) {
    return {
      ok: false,
      reason: `it must be one of "text/markdown", "text/x-rst" or "text/plain"`
    }
  }
  const params = parameters(rest)
  // The parameter values are case-sensitive: `charset=utf-8` is refused.
  const charset = params.get('charset') ?? 'UTF-8'
  if (charset !== 'UTF-8') {
    return {
      ok: false,
      reason: `the only charset allowed is "UTF-8", not "${charset}"`
    }
  }
  const variant = params.get('variant') ?? 'GFM'
  if (type === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
    return {
      ok: false,
      reason: `the Markdown variant must be "GFM" or "CommonMark", not "${variant}"`
    }
  }
  return { ok: true, type }
}

// RFC 2045 parameters; the first of a repeated name wins, as in Python's
// email package.
function parameters(pieces: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const piece of pieces) {
    const eq = piece.indexOf('=')
    if (eq < 0) continue
    const name = piece.slice(0, eq).trim().toLowerCase()
    const value = piece
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/s, '$1')
    if (!out.has(name)) out.set(name, value)
  }
  return out
}
