/**
 * `License-Expression` (PEP 639 § License-Expression; SPDX 2.2 Annex D)
 * validated and canonicalized exactly as
 * `packaging.licenses.canonicalize_license_expression`, which the index
 * uses: case-insensitive identifiers and operators, `+` suffixes, and
 * `LicenseRef-` identifiers of letters, digits, `.` and `-`.
 */
import { SPDX_EXCEPTIONS, SPDX_LICENSES } from './spdx-identifiers.js'
import { PYTHON_SPACE_CHARS } from '../version/pep440.js'

/** The canonical expression, or why the text is not one. */
export type LicenseExpressionResult =
  | { readonly ok: true; readonly canonical: string }
  | { readonly ok: false; readonly reason: string }

const byLowercase = (ids: string): Map<string, string> =>
  new Map(
    ids
      .split(/\s+/)
      .filter(id => id !== '')
      .map(id => [id.toLowerCase(), id])
  )
const LICENSES = byLowercase(SPDX_LICENSES)
const EXCEPTIONS = byLowercase(SPDX_EXCEPTIONS)
const OPERATORS = new Set(['or', 'and', 'with', '(', ')'])
const SPACES = new RegExp(`[${PYTHON_SPACE_CHARS}]+`)
const LICENSE_REF = /^licenseref-[a-z0-9.-]*$/i

/** Validates and canonicalizes a `License-Expression` value. */
export function canonicalizeLicenseExpression(
  raw: string
): LicenseExpressionResult {
  const tokens = raw
    .replace(/\(/g, ' ( ')
    .replace(/\)/g, ' ) ')
    .split(SPACES)
    .filter(t => t !== '')
  if (raw === '' || !isWellFormed(tokens.map(t => t.toLowerCase()))) {
    return { ok: false, reason: 'it is not a well-formed expression' }
  }
  const out: string[] = []
  for (const token of tokens) {
    const next = canonicalToken(token, out[out.length - 1], tokens)
    if (!next.ok) return next
    out.push(next.canonical)
  }
  const canonical = out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')
  return { ok: true, canonical }
}

function canonicalToken(
  token: string,
  previous: string | undefined,
  tokens: readonly string[]
): LicenseExpressionResult {
  const lower = token.toLowerCase()
  if (OPERATORS.has(lower)) return { ok: true, canonical: lower.toUpperCase() }
  if (previous === 'WITH') {
    const id = EXCEPTIONS.get(lower)
    return id
      ? { ok: true, canonical: id }
      : { ok: false, reason: `"${token}" is not a known license exception` }
  }
  const plus = lower.endsWith('+') ? '+' : ''
  const bare = plus ? lower.slice(0, -1) : lower
  if (bare.startsWith('licenseref-')) return licenseRef(bare, plus, tokens)
  const id = LICENSES.get(bare)
  return id
    ? { ok: true, canonical: id + plus }
    : { ok: false, reason: `"${token}" is not a known SPDX license identifier` }
}

// packaging keeps the case a `LicenseRef-` was written in (the last spelling
// of it wins) and, looking it up without its `+`, fails on a `+` suffix
// unless the same reference also appears bare.
function licenseRef(
  bare: string,
  plus: string,
  tokens: readonly string[]
): LicenseExpressionResult {
  if (!LICENSE_REF.test(bare)) {
    return { ok: false, reason: `"${bare}" is not a valid LicenseRef` }
  }
  const written = tokens.filter(t => t.toLowerCase() === bare).pop()
  if (written === undefined) {
    return { ok: false, reason: `"${bare}${plus}" is not a valid LicenseRef` }
  }
  return { ok: true, canonical: `LicenseRef-${written.slice(11)}${plus}` }
}

// packaging turns the tokens into a Python expression (`WITH` read as `or`,
// every operand as `False`) and asks Python to compile it: operands joined
// by binary operators, parentheses balanced and never empty.
function isWellFormed(tokens: readonly string[]): boolean {
  let depth = 0
  let wantOperand = true
  for (const token of tokens) {
    if (token === '(') {
      if (!wantOperand) return false
      depth++
    } else if (token === ')') {
      if (wantOperand || depth === 0) return false
      depth--
    } else if (OPERATORS.has(token)) {
      if (wantOperand) return false
      wantOperand = true
    } else {
      if (!wantOperand) return false
      wantOperand = false
    }
  }
  return depth === 0 && !wantOperand && tokens.length > 0
}
