// Titles of the section that collects changes before they are released:
// `Unreleased`, `[UNRELEASED]`, `In development`, `Next Release`, `dev`.

const UNRELEASED = new Set([
  'unreleased',
  'un-released',
  'unreleased changes',
  'not released',
  'not released yet',
  'not yet released',
  'in development',
  'under development',
  'in progress',
  'work in progress',
  'upcoming',
  'upcoming changes',
  'upcoming release',
  'next',
  'next release',
  'next version',
  'latest changes',
  'changes since last release',
  'dev',
  'development version',
  'main',
  'master',
  'head'
])

/** Every Unreleased-style title holds one of these, in any case. */
export const UNRELEASED_HINTS: readonly string[] = [
  'releas',
  'dev',
  'progress',
  'upcoming',
  'next',
  'latest',
  'main',
  'master',
  'head'
]
/** True for titles such as `Unreleased`, `[UNRELEASED]`, `In development`. */
export function isUnreleasedTitle(text: string): boolean {
  const head = text.slice(0, 200).toLowerCase()
  if (!UNRELEASED_HINTS.some(hint => head.includes(hint))) return false
  const plain = plainTitle(text)
  if (UNRELEASED.has(plain)) return true
  const first = plain.split(' ', 1)[0] ?? ''
  return first === 'unreleased' || first === 'upcoming'
}

// Markup and link targets removed, lowercased, single-spaced:
// `[Unreleased](https://…/compare/1.0...HEAD)` reads `unreleased`.
function plainTitle(text: string): string {
  let out = ''
  let depth = 0
  for (let i = 0; i < text.length && out.length < 200; i++) {
    const ch = text[i] as string
    if (ch === '(' && text[i - 1] === ']') depth++
    else if (ch === ')' && depth > 0) depth--
    else if (depth === 0 && !'[]`*_{}:#'.includes(ch)) out += ch
  }
  return out.toLowerCase().split(/\s+/).filter(Boolean).join(' ')
}
