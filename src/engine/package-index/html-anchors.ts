/** One `<a>` element of an HTML page. */
export interface Anchor {
  /** Attribute values, entities decoded, by lowercase name. */
  readonly attributes: ReadonlyMap<string, string>
  /** The text up to the next tag, entities decoded, trimmed. */
  readonly text: string
}

const MAX_ATTRIBUTES = 32
const SPACE = new Set([' ', '\t', '\n', '\r', '\f'])

/**
 * The anchors of an HTML page, in order, at most `limit`. A forward-only
 * scan (no regular expression over the page), so any input, however
 * hostile, is read in linear time; markup it does not understand is
 * skipped.
 */
export function scanAnchors(html: string, limit: number): Anchor[] {
  const anchors: Anchor[] = []
  let i = 0
  while (anchors.length < limit) {
    const lt = html.indexOf('<', i)
    if (lt < 0) break
    if (html.startsWith('!--', lt + 1)) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    const name = html[lt + 1]
    const next = html[lt + 2] ?? ''
    if ((name !== 'a' && name !== 'A') || !(SPACE.has(next) || next === '>')) {
      i = lt + 1
      continue
    }
    const tag = readAttributes(html, lt + 2)
    const close = html.indexOf('<', tag.end)
    const stop = close < 0 ? html.length : close
    anchors.push({
      attributes: tag.attributes,
      text: decodeEntities(html.slice(tag.end, stop).trim())
    })
    i = stop
  }
  return anchors
}

function readAttributes(
  html: string,
  from: number
): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>()
  let i = from
  while (i < html.length) {
    while (SPACE.has(html[i] ?? '') || html[i] === '/') i++
    if (i >= html.length || html[i] === '>') break
    const nameStart = i
    while (i < html.length && !isNameEnd(html[i] ?? '')) i++
    const name = html.slice(nameStart, i).toLowerCase()
    while (SPACE.has(html[i] ?? '')) i++
    let value = ''
    if (html[i] === '=') {
      i++
      while (SPACE.has(html[i] ?? '')) i++
      const read = readValue(html, i)
      value = read.value
      i = read.end
    }
    if (name !== '' && attributes.size < MAX_ATTRIBUTES) {
      attributes.set(name, decodeEntities(value))
    }
    // A stray `=` or quote cannot stall the scan: always move on.
    if (i === nameStart) i++
  }
  return { attributes, end: Math.min(i + 1, html.length) }
}

function isNameEnd(c: string): boolean {
  return SPACE.has(c) || c === '=' || c === '>' || c === '/'
}

function readValue(html: string, i: number): { value: string; end: number } {
  const quote = html[i]
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, i + 1)
    const end = close < 0 ? html.length : close
    return { value: html.slice(i + 1, end), end: end + 1 }
  }
  let end = i
  while (end < html.length && !SPACE.has(html[end] ?? '') && html[end] !== '>')
    end++
  return { value: html.slice(i, end), end }
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
}

// Each alternative has a fixed character class and a bounded count, so the
// pattern matches in linear time.
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi

/** Decodes the character references file names and URLs may hold. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole
    const code =
      ref[1] === 'x' || ref[1] === 'X'
        ? parseInt(ref.slice(2), 16)
        : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}
