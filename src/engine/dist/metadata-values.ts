/**
 * The values core metadata fields may take, as `packaging.metadata`
 * validates them for the index.
 */
import { artifactFinding } from './artifact-finding.js'
import { fieldsNamed, firstField, type MetadataField } from './core-metadata.js'
import { type MetadataContext, where } from './metadata-context.js'
import { isValidName } from './project-name.js'
import type { Finding } from '../report/finding.js'
import { parseVersion } from '../version/pep440.js'

/** `metadata/field-invalid`: a value the index refuses. */
export function fieldInvalid(
  context: MetadataContext,
  field: MetadataField | undefined,
  problem: string,
  hint: string
): Finding {
  return artifactFinding(
    context.ref,
    'metadata/field-invalid',
    'error',
    `${where(context, field?.line)}: ${problem}; the index refuses such metadata.`,
    hint,
    field?.line
  )
}

/** `Name`, `Version`, `Summary`, `Dynamic` and `Provides-Extra` values. */
export function checkValues(
  context: MetadataContext,
  fields: Readonly<Record<string, string>>
): Finding[] {
  const out: Finding[] = []
  const name = firstField(context.metadata, 'name')
  if (name && name.value.trim() && !isValidName(name.value)) {
    out.push(
      fieldInvalid(
        context,
        name,
        `Name "${name.value}" is not a valid distribution name (letters, digits, ".", "_" and "-", starting and ending with a letter or digit)`,
        'Fix `[project].name`.'
      )
    )
  }
  const version = firstField(context.metadata, 'version')
  if (version && version.value.trim() && !parseVersion(version.value)) {
    out.push(
      fieldInvalid(
        context,
        version,
        `Version "${version.value}" is not a valid PEP 440 version`,
        'Fix the version the build backend writes.'
      )
    )
  }
  const summary = firstField(context.metadata, 'summary')
  if (summary?.value.includes('\n')) {
    out.push(
      fieldInvalid(
        context,
        summary,
        '"Summary" spans several lines but must be a single line',
        'Shorten `[project].description` to one line.'
      )
    )
  }
  return [...out, ...checkDynamic(context, fields), ...checkExtras(context)]
}

function checkDynamic(
  context: MetadataContext,
  fields: Readonly<Record<string, string>>
): Finding[] {
  return fieldsNamed(context.metadata, 'dynamic').flatMap(f => {
    const value = f.value.trim().toLowerCase()
    const problem = ['name', 'version', 'metadata-version'].includes(value)
      ? `"Dynamic: ${f.value}" is not allowed: that field can never be dynamic`
      : !(value in fields)
        ? `"Dynamic: ${f.value}" does not name a core metadata field`
        : null
    return problem
      ? [fieldInvalid(context, f, problem, 'Rebuild with a current build backend.')]
      : []
  })
}

function checkExtras(context: MetadataContext): Finding[] {
  return fieldsNamed(context.metadata, 'provides-extra')
    .filter(f => !isValidName(f.value))
    .map(f =>
      fieldInvalid(
        context,
        f,
        `"Provides-Extra: ${f.value}" is not a valid extra name`,
        'Rename the extra in `[project.optional-dependencies]` to letters, digits, ".", "_" and "-".'
      )
    )
}
