/**
 * Release tags written as strict SemVer 2.0 (`1.2.3-rc.1`) and the PEP 440
 * version each one stands for (`1.2.3rc1`).
 */
// Only the parser: the package's index loads every range and comparison
// function too, which costs each start-up time for nothing.
import parseSemver from 'semver/functions/parse.js'
import { normalizeVersion } from './pep440.js'

/** The PEP 440 version a SemVer string stands for, or why it has none. */
export type SemverMapping =
  | { readonly ok: true; readonly version: string }
  | { readonly ok: false; readonly reason: string }

const PRE_LABELS: Readonly<Record<string, string>> = {
  alpha: 'a',
  a: 'a',
  beta: 'b',
  b: 'b',
  rc: 'rc',
  c: 'rc',
  pre: 'rc',
  preview: 'rc'
}

// An optional PEP 440 pre-release label, then an optional `dev`, each with
// an optional number that may stand alone (`rc.1`) or be attached (`rc1`).
const PRERELEASE =
  /^(?:(alpha|a|beta|b|preview|pre|rc|c)(?:\.?([0-9]+))?)?(?:(?:^|\.)(dev)(?:\.?([0-9]+))?)?$/i

// Words PEP 440 reads as a post-release, which sorts after the release.
const POST_LABEL = /^(?:post|rev|r)(?![a-z])/i

/**
 * Maps a strict SemVer 2.0 version to the normalized PEP 440 version it
 * stands for: `1.2.3-rc.1` → `1.2.3rc1`, `-alpha` → `a0`, `-beta.2` → `b2`,
 * `-dev.4` → `.dev4`, `+build.5` → local `+build.5`. Take any tag prefix
 * such as `v` off first: SemVer has none. The mapping gives a tag its
 * meaning; it does not carry SemVer's ordering over (SemVer sorts `dev`
 * between `beta` and `rc`, PEP 440 before every pre-release). PyPI refuses
 * local versions, so a mapped `+build` is for the caller to judge.
 */
export function semverToPep440(tag: string): SemverMapping {
  if (!isStrictSemver(tag)) return { ok: false, reason: notSemver(tag) }
  const plus = tag.indexOf('+')
  const main = plus < 0 ? tag : tag.slice(0, plus)
  const dash = main.indexOf('-')
  const pre = dash < 0 ? null : main.slice(dash + 1)
  const suffix = pre === null ? '' : prereleaseSuffix(pre)
  if (suffix === null) return { ok: false, reason: noEquivalent(pre ?? '') }
  const core = dash < 0 ? main : main.slice(0, dash)
  const version = normalizeVersion(core + suffix + tag.slice(main.length))
  if (version === null) {
    const build = tag.slice(plus + 1)
    return {
      ok: false,
      reason: `build metadata '${build}' is not a PEP 440 local version label (letters and digits separated by single '.', '-' or '_')`
    }
  }
  return { ok: true, version }
}

function prereleaseSuffix(pre: string): string | null {
  const [, label, n, dev, devN] = PRERELEASE.exec(pre) ?? []
  if (label === undefined && dev === undefined) return null
  const pep440Label = label && PRE_LABELS[label.toLowerCase()]
  const prePart = label === undefined ? '' : `${pep440Label}${n ?? '0'}`
  return prePart + (dev === undefined ? '' : `.dev${devN ?? '0'}`)
}

// parseSemver() also takes a leading `v` and surrounding whitespace.
function isStrictSemver(text: string): boolean {
  return /^[0-9]/.test(text) && !/\s$/.test(text) && parseSemver(text) !== null
}

function notSemver(tag: string): string {
  if (/^[vV=]/.test(tag) && isStrictSemver(tag.slice(1))) {
    return `SemVer 2.0 has no '${tag[0]}' prefix; make it part of the tag prefix`
  }
  if (isStrictSemver(tag.trim())) return 'it has whitespace around it'
  return 'expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]: three numbers without leading zeros, then dot-separated identifiers of letters, digits and hyphens'
}

function noEquivalent(pre: string): string {
  if (POST_LABEL.test(pre)) {
    return `pre-release '${pre}' would be a PEP 440 post-release, which sorts after the release, not before it`
  }
  return `pre-release '${pre}' has no PEP 440 equivalent; use alpha, beta, rc or dev, each optionally followed by .N`
}
