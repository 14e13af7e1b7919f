/**
 * The `.dist-info/WHEEL` file (binary distribution format § The
 * .dist-info directory): `Wheel-Version` 1.x, `Root-Is-Purelib` true or
 * false, a `Build` that matches the file name's, and `Tag` lines that are
 * exactly the expanded tag set of the file name.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import { fieldsNamed, firstField, parseCoreMetadata } from './core-metadata.js'
import { tagText, type WheelName } from './wheel-filename.js'
import type { Finding } from '../report/finding.js'

/** Checks the WHEEL file `member` of a wheel, whose text is `text`. */
export function checkWheelFile(
  ref: ArtifactRef,
  wheel: WheelName,
  member: string,
  text: string
): Finding[] {
  const parsed = parseCoreMetadata(text)
  const invalid = (problem: string, hint: string, line?: number): Finding =>
    artifactFinding(
      ref,
      'dist/wheel-file',
      'error',
      `"${member}" ${problem}`,
      hint,
      line
    )
  const out: Finding[] = []
  const version = firstField(parsed, 'wheel-version')
  if (!version || !/^1\.\d+$/.test(version.value.trim())) {
    out.push(
      invalid(
        version
          ? `has Wheel-Version "${version.value}", but installers only read "1.x".`
          : 'has no "Wheel-Version" field.',
        'Rebuild the wheel with a current build backend.',
        version?.line
      )
    )
  }
  const purelib = firstField(parsed, 'root-is-purelib')
  const pure = purelib?.value.trim().toLowerCase()
  if (pure !== 'true' && pure !== 'false') {
    out.push(
      invalid(
        purelib
          ? `has Root-Is-Purelib "${purelib.value}"; expected "true" or "false".`
          : 'has no "Root-Is-Purelib" field.',
        'Rebuild the wheel with a current build backend.',
        purelib?.line
      )
    )
  }
  const build = firstField(parsed, 'build')?.value.trim() ?? null
  if (build !== wheel.build && (build !== null || wheel.build !== null)) {
    out.push(
      invalid(
        `has Build "${build ?? ''}" but the file name's build tag is "${wheel.build ?? ''}".`,
        'Rename the file or rebuild so both carry the same build tag.'
      )
    )
  }
  return [
    ...out,
    ...checkTags(ref, wheel, member, fieldsNamed(parsed, 'tag')),
    ...(pure === 'true' ? checkPurelib(ref, wheel, member) : [])
  ]
}

function checkTags(
  ref: ArtifactRef,
  wheel: WheelName,
  member: string,
  lines: readonly { value: string }[]
): Finding[] {
  const declared = new Set(lines.map(l => l.value.trim().toLowerCase()))
  const expected = new Set(wheel.tags.map(tagText))
  const missing = [...expected].filter(t => !declared.has(t))
  const extra = [...declared].filter(t => !expected.has(t))
  if (missing.length === 0 && extra.length === 0) return []
  const parts = [
    missing.length ? `lacks "${missing.join('", "')}"` : '',
    extra.length ? `has "${extra.join('", "')}" too` : ''
  ].filter(Boolean)
  return [
    artifactFinding(
      ref,
      'dist/wheel-tags-mismatch',
      'error',
      `"${member}" ${parts.join(' and ')}: its Tag lines must be exactly the tags of the file name "${ref.file}".`,
      'A wheel renamed by hand (or by a retagging tool that left WHEEL alone) installs where it should not; retag with `wheel tags` or `auditwheel repair`, which update both.'
    )
  ]
}

// A wheel that installs into purelib holds no compiled code, yet a platform
// tag says it does: usually a `--plat-name` applied to a pure build, or a
// backend misconfigured for an extension module.
function checkPurelib(
  ref: ArtifactRef,
  wheel: WheelName,
  member: string
): Finding[] {
  const specific = wheel.tags.filter(t => t.platform !== 'any')
  if (specific.length === 0) return []
  return [
    artifactFinding(
      ref,
      'dist/purelib-platform',
      'warning',
      `"${member}" says Root-Is-Purelib "true" (pure Python), but the file name carries the platform tag "${specific[0]?.platform ?? ''}".`,
      'If the wheel holds compiled code, let the backend mark it platlib (Root-Is-Purelib: false); if it is pure Python, build it as "py3-none-any".'
    )
  ]
}
