/**
 * License fields per PEP 639 (core metadata 2.4): a valid SPDX
 * `License-Expression`, never together with `License` nor with license
 * classifiers, and each `License-File` present where the specification puts
 * it (`.dist-info/licenses/` in a wheel, relative to the project root in an
 * sdist).
 */
import { artifactFinding } from './artifact-finding.js'
import { fieldsNamed, firstField, type MetadataField } from './core-metadata.js'
import { type MetadataContext, where } from './metadata-context.js'
import { declaredMetadataVersion } from './metadata-fields.js'
import { canonicalizeLicenseExpression } from './license-expression.js'
import type { Finding } from '../report/finding.js'

/** Where an artifact keeps its license files. */
export interface LicenseFileRoot {
  /** Folders (ending in `/`) where each `License-File` path may be found. */
  readonly folders: readonly string[]
  /** Every member name of the archive. */
  readonly members: ReadonlySet<string>
}

/** Every license finding for one metadata file. */
export function checkLicenseFields(
  context: MetadataContext,
  root: LicenseFileRoot
): Finding[] {
  return [
    ...checkExpression(context),
    ...fieldsNamed(context.metadata, 'license-file').flatMap(f =>
      checkLicenseFile(context, root, f)
    )
  ]
}

function checkExpression(context: MetadataContext): Finding[] {
  const field = firstField(context.metadata, 'license-expression')
  if (!field) return []
  const out: Finding[] = []
  const result = canonicalizeLicenseExpression(field.value)
  if (!result.ok) {
    out.push(
      artifactFinding(
        context.ref,
        'metadata/license-expression',
        'error',
        `${where(context, field.line)}: License-Expression "${field.value}" is not a valid SPDX expression (${result.reason}); the index refuses it.`,
        'Set `[project].license` to an SPDX expression such as "MIT" or "Apache-2.0 OR BSD-3-Clause" (LicenseRef-… for others).',
        field.line
      )
    )
  }
  const license = firstField(context.metadata, 'license')
  if (license) {
    out.push(
      artifactFinding(
        context.ref,
        'metadata/license-conflict',
        'error',
        `${where(context, license.line)} has both "License" and License-Expression "${field.value}"; PEP 639 makes them exclusive and the index refuses both.`,
        'Remove the legacy `license = {text = …}` / `license = {file = …}` or the `License` field; keep only the SPDX expression.',
        license.line
      )
    )
  }
  const classifiers = fieldsNamed(context.metadata, 'classifier').filter(c =>
    c.value.trim().startsWith('License ::')
  )
  if (classifiers.length > 0) {
    const first = classifiers[0] as MetadataField
    out.push(
      artifactFinding(
        context.ref,
        'metadata/license-classifier',
        'error',
        `${where(context, first.line)} has License-Expression "${field.value}" and the deprecated license classifier "${first.value.trim()}"${classifiers.length > 1 ? ` (and ${classifiers.length - 1} more)` : ''}; the index refuses license classifiers next to an expression (PEP 639).`,
        'Remove every "License :: …" classifier from `[project].classifiers`.',
        first.line
      )
    )
  }
  return out
}

function checkLicenseFile(
  context: MetadataContext,
  root: LicenseFileRoot,
  field: MetadataField
): Finding[] {
  const path = field.value.trim()
  const problem = licensePathProblem(path)
  if (problem) {
    return [
      artifactFinding(
        context.ref,
        'metadata/license-file-invalid',
        'error',
        `${where(context, field.line)}: License-File "${path}" ${problem}; the index refuses it.`,
        'List license files by relative paths with "/" (`[project].license-files` globs are resolved by the backend).',
        field.line
      )
    ]
  }
  if (root.folders.some(folder => root.members.has(folder + path))) return []
  const expected = root.folders[0] ?? ''
  return [
    artifactFinding(
      context.ref,
      'metadata/license-file-missing',
      'error',
      `${where(context, field.line)} lists License-File "${path}", but the archive has no "${expected}${path}"; the index refuses the upload.`,
      'Rebuild with a backend that copies license files (PEP 639), or fix `[project].license-files`.',
      field.line
    )
  ]
}

// packaging.metadata's rules for License-File paths.
function licensePathProblem(path: string): string | null {
  if (path.includes('..')) return 'holds ".."'
  if (path.includes('*')) return 'is a glob, not a resolved path'
  if (/^(?:\/|\\\\|[a-z]:[\\/])/i.test(path)) {
    return 'is not a relative path'
  }
  if (path.includes('\\')) return 'uses "\\" instead of "/"'
  return null
}

/**
 * The folders a wheel's license files may be in: `.dist-info/licenses/`
 * (PEP 639), or for metadata older than 2.4, where setuptools put them
 * before the PEP, the `.dist-info` folder itself.
 */
export function wheelLicenseFolders(
  context: MetadataContext,
  distInfo: string
): string[] {
  const declared = declaredMetadataVersion(context)
  const modern = declared !== null && declared >= '2.4'
  return modern
    ? [`${distInfo}/licenses/`]
    : [`${distInfo}/licenses/`, `${distInfo}/`]
}
