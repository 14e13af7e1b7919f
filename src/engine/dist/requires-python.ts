/**
 * `Requires-Python` (core metadata 1.2+): a valid PEP 440 specifier set
 * that admits at least one Python the wheel's tags are built for, else pip
 * can never install the wheel.
 */
import { artifactFinding } from './artifact-finding.js'
import { firstField } from './core-metadata.js'
import { type MetadataContext, where } from './metadata-context.js'
import { tagText, type WheelTag } from './wheel-filename.js'
import type { Finding } from '../report/finding.js'
import { readSpecifierSet, type SpecifierSet } from '../version/specifier.js'

/** The Python versions one tag installs on: `major.minor` from `min` to `max`. */
interface PythonRange {
  readonly major: number
  readonly min: number
  /** `null`: every later minor of the same major. */
  readonly max: number | null
}

const VERSIONED = /^(py|cp|pp)(\d)(\d*)$/

/**
 * The range of Python versions a (python, abi) pair serves, as
 * `packaging.tags` builds the tags an interpreter accepts: `py3` any 3.x,
 * `py38` 3.8 and later, `cp38-abi3` 3.8 and later (the stable ABI),
 * `cp38` with any other ABI and `pp39` exactly that version. `null` for
 * interpreters it does not know.
 */
export function pythonRange(tag: WheelTag): PythonRange | null {
  const m = VERSIONED.exec(tag.python)
  if (!m) return null
  const major = Number(m[2])
  if (m[3] === '') return m[1] === 'py' ? { major, min: 0, max: null } : null
  const minor = Number(m[3])
  const open = m[1] === 'py' || (m[1] === 'cp' && tag.abi === 'abi3')
  return { major, min: minor, max: open ? null : minor }
}

/** Checks `Requires-Python` is valid and, for a wheel, serves its tags. */
export function checkRequiresPython(
  context: MetadataContext,
  tags: readonly WheelTag[] | null
): Finding[] {
  const field = firstField(context.metadata, 'requires-python')
  if (!field) return []
  const read = readSpecifierSet(field.value)
  if (!read.ok) {
    return [
      artifactFinding(
        context.ref,
        'metadata/requires-python-invalid',
        'error',
        `${where(context, field.line)}: Requires-Python "${field.value}" is not a valid version specifier (${read.reason}); the index refuses it.`,
        'Write `[project].requires-python` as a PEP 440 specifier set such as ">=3.9".',
        field.line
      )
    ]
  }
  if (!tags) return []
  const ranges = tags.map(pythonRange)
  if (ranges.some(r => r === null)) return []
  if (ranges.some(r => r && admitsSome(read.set, r))) return []
  const shown = [...new Set(tags.map(t => `${t.python}-${t.abi}`))]
  return [
    artifactFinding(
      context.ref,
      'metadata/requires-python-mismatch',
      'error',
      `"${context.ref.file}" is built for "${shown.join('", "')}" but its Requires-Python is "${field.value}": no Python it is built for satisfies it, so pip will never install it.`,
      `Build this wheel only for Pythons that "${field.value}" admits (e.g. drop it from the cibuildwheel \`build\` list), or widen \`requires-python\`. Tags: ${tags.map(tagText).join(', ')}.`,
      field.line
    )
  ]
}

// Probe the releases of the range where the set can change its mind: the
// first and a far patch of each minor, and around every patch a clause
// names. A set admits some `X.Y.Z` of the range exactly when one of these
// does.
function admitsSome(set: SpecifierSet, range: PythonRange): boolean {
  const named = set.specifiers.map(s => s.version.split('.').map(Number))
  const last = range.max ?? range.min + 40
  for (let minor = range.min; minor <= last; minor++) {
    const patches = new Set([0, 999])
    for (const [major, m, patch] of named) {
      if (major !== range.major || m !== minor || patch === undefined) continue
      if (Number.isInteger(patch)) [patch - 1, patch, patch + 1].forEach(p => patches.add(p))
    }
    for (const patch of patches) {
      if (patch < 0) continue
      const version = `${range.major}.${minor}.${patch}`
      if (set.contains(version, { prereleases: true })) return true
    }
  }
  return false
}
