/**
 * What `dist/` as a whole must hold: the expected number of wheels, one for
 * each expected platform family, an sdist when required, one wheel per
 * (python, abi, platform) tag and one sdist at most.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { PlatformFamily, WheelCount } from './dist-expectations.js'
import { platformFamilies } from './platform-tags.js'
import { tagText, type WheelName } from './wheel-filename.js'
import { type Finding, finding } from '../report/finding.js'

/** A wheel of `dist/` whose file name parsed. */
export interface NamedWheel {
  readonly ref: ArtifactRef
  readonly wheel: WheelName
}

/** What the caller expects of `dist/`. */
export interface Coverage {
  readonly folder: string
  readonly wheelCount: number
  readonly wheels: readonly NamedWheel[]
  readonly sdists: readonly ArtifactRef[]
  readonly expectedWheels: WheelCount | null
  readonly expectedPlatforms: readonly PlatformFamily[]
  readonly requireSdist: boolean
}

/** `dist/wheel-count`, `dist/platform-missing`, `dist/sdist-missing` … */
export function checkCoverage(c: Coverage): Finding[] {
  return [
    ...checkCount(c),
    ...checkPlatforms(c),
    ...checkSdist(c),
    ...checkDuplicateWheels(c.wheels)
  ]
}

/** `wheel-count` as the input is written: `12`, `>=6`, `<=3` or `2..4`. */
export function describeCount(count: WheelCount): string {
  if (count.max === null) return `>=${count.min}`
  if (count.min === count.max) return `${count.min}`
  return count.min === 0 ? `<=${count.max}` : `${count.min}..${count.max}`
}

function checkCount(c: Coverage): Finding[] {
  const want = c.expectedWheels
  if (!want) return []
  const n = c.wheelCount
  if (n >= want.min && (want.max === null || n <= want.max)) return []
  return [
    finding(
      'dist/wheel-count',
      'error',
      `"${c.folder}" holds ${n} wheel${n === 1 ? '' : 's'}, but \`expected-wheels\` is "${describeCount(want)}".`,
      {
        file: c.folder,
        hint:
          n < want.min
            ? 'A build job failed or its artifact was not downloaded: check the build matrix and the download step (`pattern:`, `merge-multiple: true`).'
            : 'Stale or duplicate wheels are in the folder: build into an empty folder, or update `expected-wheels` if the matrix grew.'
      }
    )
  ]
}

function checkPlatforms(c: Coverage): Finding[] {
  const have = new Set(
    c.wheels.flatMap(w => w.wheel.tags.flatMap(t => platformFamilies(t.platform)))
  )
  return c.expectedPlatforms
    .filter(family => !have.has(family))
    .map(family =>
      finding(
        'dist/platform-missing',
        'error',
        `No wheel in "${c.folder}" is for "${family}", which \`expected-platforms\` requires${have.size ? ` (found: "${[...have].sort().join('", "')}")` : ''}.`,
        {
          file: c.folder,
          hint: `Add "${family}" to the build matrix (cibuildwheel \`archs\`/runner, maturin \`target\`), or drop it from \`expected-platforms\`.`
        }
      )
    )
}

function checkSdist(c: Coverage): Finding[] {
  if (c.sdists.length === 0 && c.requireSdist) {
    return [
      finding(
        'dist/sdist-missing',
        'error',
        `"${c.folder}" holds no sdist (.tar.gz), but \`require-sdist\` is "true".`,
        {
          file: c.folder,
          hint: 'Build one with `python -m build --sdist` (or `uv build --sdist`) and download it into the folder.'
        }
      )
    ]
  }
  return c.sdists.slice(1).map(ref =>
    artifactFinding(
      ref,
      'dist/duplicate-sdist',
      'error',
      `"${ref.file}" is a second sdist next to "${c.sdists[0]?.file ?? ''}"; the index takes one sdist per release.`,
      'Keep one sdist (the .tar.gz) and build into an empty folder.'
    )
  )
}

function checkDuplicateWheels(wheels: readonly NamedWheel[]): Finding[] {
  const owner = new Map<string, NamedWheel>()
  const out: Finding[] = []
  for (const w of wheels) {
    const clash = w.wheel.tags
      .map(t => ({ tag: tagText(t), other: owner.get(tagText(t)) }))
      .find(x => x.other !== undefined)
    if (clash?.other) {
      out.push(
        artifactFinding(
          w.ref,
          'dist/duplicate-wheel',
          'error',
          `"${w.ref.file}" and "${clash.other.ref.file}" are both for "${clash.tag}"; installers would pick one arbitrarily.`,
          'Build each (python, abi, platform) once: two matrix jobs produce the same wheel, or a stale wheel remains in the folder.'
        )
      )
      continue
    }
    for (const t of w.wheel.tags) owner.set(tagText(t), w)
  }
  return out
}
