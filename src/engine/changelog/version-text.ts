import { normalizeVersion } from '../version/pep440.js'

const RELEASE_CHARS = /^[0-9.]{1,100}$/
const EMPTY_SEGMENT = /^\.|\.\.|\.$/
// Each repetition opens with a dot: no two ways to match, linear time.
const CANONICAL_RELEASE = /^(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*$/

// Version text as headings write it: release numbers, wildcards, and the
// characters a version may hold.

/** A version series: numbers, then wildcards (`0.15.x`, `5.x`, `1.x.x`). */
export function isSeries(raw: string): boolean {
  const last = raw[raw.length - 1]
  if (last !== 'x' && last !== 'X' && last !== '*') return false
  const parts = raw.split('.')
  const first = parts.findIndex(p => p === 'x' || p === 'X' || p === '*')
  if (first < 1) return false
  return parts.every((p, i) =>
    i < first ? /^[0-9]+$/.test(p) : p === 'x' || p === 'X' || p === '*'
  )
}

/** The version without trailing `.`, `-`, `_` or `+` (`23.8.0.`). */
export function trimPunctuation(version: string): string {
  let end = version.length
  while (end > 0 && '.-_+'.includes(version[end - 1] as string)) end--
  return version.slice(0, end)
}

/** True for a character versions are written with: `[0-9A-Za-z.!+_-]`. */
export function isVersionCode(code: number): boolean {
  const lower = code | 0x20
  if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) {
    return true
  }
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x2b ||
    code === 0x5f ||
    code === 0x2d
  )
}

/** True when the text holds an ASCII digit. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x30 && code <= 0x39) return true
  }
  return false
}

/**
 * The PEP 440 normalized form, `null` when invalid. Plain release numbers
 * (`2026.08.17`) skip the full parse: their canonical form only drops
 * leading zeros.
 */
export function normalize(raw: string): string | null {
  // Most headings write the canonical form already: one test says so.
  if (raw.length <= 100 && CANONICAL_RELEASE.test(raw)) return raw
  if (!isRelease(raw)) return normalizeVersion(raw)
  // A plain release that is not canonical has a segment with a leading zero.
  return raw
    .split('.')
    .map(p => p.replace(/^0+(?=[0-9])/, ''))
    .join('.')
}

// Digits in dot-separated segments, none empty.
function isRelease(raw: string): boolean {
  return RELEASE_CHARS.test(raw) && !EMPTY_SEGMENT.test(raw)
}

/** True for an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}
