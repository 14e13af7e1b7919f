import { finding, type Finding } from '../report/finding.js'
import { normalizeVersion } from './pep440.js'
import { semverToPep440 } from './semver-tag.js'

/** What a release tag says, once its prefix is taken off. */
export interface TagVersion {
  /** The tag as given, without `refs/tags/`. */
  readonly tag: string
  /** Normalized PEP 440 version, or `null` when the tag does not hold one. */
  readonly version: string | null
  readonly findings: readonly Finding[]
}

/**
 * Reads the version out of a tag: the literal prefix, then a PEP 440
 * version (`v1.2.0-RC1` holds `1.2.0rc1`). Under `semver` the rest must
 * also be strict SemVer 2.0.
 */
export function readTagVersion(
  tag: string,
  prefix: string,
  scheme: 'pep440' | 'semver'
): TagVersion {
  if (!tag.startsWith(prefix)) {
    return failed(tag, prefixFinding(tag, prefix))
  }
  const rest = tag.slice(prefix.length)
  const version = normalizeVersion(rest)
  if (version === null || rest.trim() !== rest) {
    return failed(tag, notVersionFinding(tag, prefix, rest))
  }
  if (scheme === 'semver') {
    const mapped = semverToPep440(rest)
    if (!mapped.ok) {
      return failed(
        tag,
        finding(
          'tag/not-semver',
          'error',
          `Tag '${tag}' leaves '${rest}' after the prefix '${prefix}', which is not strict SemVer 2.0 (${mapped.reason}).`,
          {
            hint: "Tag as MAJOR.MINOR.PATCH[-PRERELEASE], e.g. '1.2.0-rc.1', or set version-scheme: pep440."
          }
        )
      )
    }
    return { tag, version: normalizeVersion(mapped.version), findings: [] }
  }
  return { tag, version, findings: [] }
}

function failed(tag: string, f: Finding): TagVersion {
  return { tag, version: null, findings: [f] }
}

function prefixFinding(tag: string, prefix: string): Finding {
  const guess = guessPrefix(tag)
  const hint =
    guess === null
      ? `Push a tag named '${prefix}<version>', or set tag-prefix to the text your tags start with.`
      : `Set tag-prefix: '${guess}' if your release tags look like '${tag}'.`
  return finding(
    'tag/prefix',
    'error',
    `Tag '${tag}' does not start with the tag prefix '${prefix}'.`,
    { hint }
  )
}

function notVersionFinding(tag: string, prefix: string, rest: string): Finding {
  const guess = guessPrefix(tag)
  const hint =
    guess !== null && guess !== prefix
      ? `Set tag-prefix: '${guess}', or tag as '${prefix}<version>' with a PEP 440 version such as 1.2.0 or 1.2.0rc1.`
      : `Tag as '${prefix}<version>' with a PEP 440 version such as 1.2.0 or 1.2.0rc1.`
  return finding(
    'tag/not-pep440',
    'error',
    `Tag '${tag}' leaves '${rest}' after the prefix '${prefix}', which is not a PEP 440 version.`,
    { hint }
  )
}

/**
 * The prefix a tag seems to use: everything before the first digit after
 * which the rest is a version (`py-1.2.3` → `py-`, `pkg@1.0` → `pkg@`).
 * Version text never starts mid-number, so only digit starts are tried.
 */
export function guessPrefix(tag: string): string | null {
  for (let i = 0; i < tag.length && i < 200; i++) {
    const startsNumber =
      /[0-9]/.test(tag[i] ?? '') && !/[0-9]/.test(tag[i - 1] ?? '')
    if (startsNumber && normalizeVersion(tag.slice(i)) !== null) {
      return tag.slice(0, i)
    }
  }
  return null
}
