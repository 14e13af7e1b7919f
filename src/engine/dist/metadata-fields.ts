/**
 * Field-level rules of core metadata 1.0–2.4, as `packaging.metadata`
 * enforces them for the index: required fields, the metadata version,
 * single-use fields used once, fields no newer than the declared version,
 * and the values `Name`, `Version`, `Summary`, `Dynamic` and
 * `Provides-Extra` may take.
 */
import { artifactFinding } from './artifact-finding.js'
import { fieldsNamed, firstField } from './core-metadata.js'
import { type MetadataContext, where } from './metadata-context.js'
import { checkValues, fieldInvalid as invalid } from './metadata-values.js'
import type { Finding } from '../report/finding.js'

/** Metadata versions the specification defines, oldest first. */
export const METADATA_VERSIONS = [
  '1.0',
  '1.1',
  '1.2',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5'
] as const

/** The newest metadata version PyPI accepts in an upload. */
export const INDEX_MAX_METADATA_VERSION = '2.4'

// The metadata version that introduced each field (packaging.metadata).
const FIELD_ADDED: Record<string, string> = {
  'metadata-version': '1.0',
  name: '1.0',
  version: '1.0',
  platform: '1.0',
  summary: '1.0',
  description: '1.0',
  keywords: '1.0',
  'home-page': '1.0',
  author: '1.0',
  'author-email': '1.0',
  license: '1.0',
  'supported-platform': '1.1',
  'download-url': '1.1',
  classifier: '1.1',
  requires: '1.1',
  provides: '1.1',
  obsoletes: '1.1',
  maintainer: '1.2',
  'maintainer-email': '1.2',
  'requires-dist': '1.2',
  'requires-python': '1.2',
  'requires-external': '1.2',
  'project-url': '1.2',
  'provides-dist': '1.2',
  'obsoletes-dist': '1.2',
  'description-content-type': '2.1',
  'provides-extra': '2.1',
  dynamic: '2.2',
  'license-expression': '2.4',
  'license-file': '2.4',
  'import-name': '2.5',
  'import-namespace': '2.5'
}

const MULTIPLE_USE = new Set([
  'platform',
  'supported-platform',
  'classifier',
  'requires',
  'provides',
  'obsoletes',
  'requires-dist',
  'requires-external',
  'project-url',
  'provides-extra',
  'provides-dist',
  'obsoletes-dist',
  'dynamic',
  'license-file',
  'import-name',
  'import-namespace'
])

const REQUIRED = ['Metadata-Version', 'Name', 'Version']

/** Every field-level finding for one metadata file. */
export function checkMetadataFields(context: MetadataContext): Finding[] {
  const version = metadataVersion(context)
  return [
    ...checkRequired(context),
    ...version.findings,
    ...checkRepeated(context),
    ...(version.known ? checkFieldAges(context, version.known) : []),
    ...checkValues(context, FIELD_ADDED)
  ]
}

/** The declared metadata version, when it is one the specification defines. */
export function declaredMetadataVersion(
  context: MetadataContext
): string | null {
  const value = firstField(context.metadata, 'metadata-version')?.value.trim()
  return METADATA_VERSIONS.find(v => v === value) ?? null
}

function checkRequired(context: MetadataContext): Finding[] {
  return REQUIRED.filter(
    name => !firstField(context.metadata, name.toLowerCase())?.value.trim()
  ).map(name =>
    artifactFinding(
      context.ref,
      'metadata/missing-field',
      'error',
      `${where(context)} has no "${name}" field, which core metadata requires.`,
      'Rebuild with a current build backend; it writes every required field.'
    )
  )
}

function metadataVersion(context: MetadataContext): {
  findings: Finding[]
  known: string | null
} {
  const field = firstField(context.metadata, 'metadata-version')
  const value = field?.value.trim() ?? ''
  if (value === '') return { findings: [], known: null }
  const known = declaredMetadataVersion(context)
  const newer = isNewerThanIndex(value)
  if (known && !newer) return { findings: [], known }
  const message = newer
    ? `${where(context, field?.line)} declares Metadata-Version "${value}", newer than the "${INDEX_MAX_METADATA_VERSION}" the index accepts: the upload would be refused.`
    : `${where(context, field?.line)} declares Metadata-Version "${value}", which is not a core metadata version (expected one of ${METADATA_VERSIONS.slice(0, -1).join(', ')}).`
  const finding = artifactFinding(
    context.ref,
    'metadata/version-unsupported',
    'error',
    message,
    newer
      ? `Pin the build backend to a release that writes Metadata-Version ${INDEX_MAX_METADATA_VERSION} until the index supports "${value}".`
      : 'Rebuild with a current build backend.',
    field?.line
  )
  return { findings: [finding], known }
}

function isNewerThanIndex(value: string): boolean {
  const m = /^(\d+)\.(\d+)$/.exec(value)
  if (!m) return false
  const [major, minor] = [Number(m[1]), Number(m[2])]
  const [maxMajor, maxMinor] = INDEX_MAX_METADATA_VERSION.split('.').map(Number)
  return major > (maxMajor ?? 0) || (major === maxMajor && minor > (maxMinor ?? 0))
}

function checkRepeated(context: MetadataContext): Finding[] {
  const out: Finding[] = []
  const counted = new Set<string>()
  for (const field of context.metadata.fields) {
    if (MULTIPLE_USE.has(field.key) || counted.has(field.key)) continue
    if (!(field.key in FIELD_ADDED)) continue
    counted.add(field.key)
    const all = fieldsNamed(context.metadata, field.key)
    if (all.length < 2) continue
    out.push(
      invalid(
        context,
        all[1],
        `"${field.name}" appears ${all.length} times but may appear only once`,
        `Keep one "${field.name}" field.`
      )
    )
  }
  const description = firstField(context.metadata, 'description')
  if (description && context.metadata.body !== null) {
    out.push(
      invalid(
        context,
        description,
        'the long description is given both as a "Description" field and as the body',
        'Keep only the body (after the blank line).'
      )
    )
  }
  return out
}

// setuptools wrote License-File, and hatchling License-Expression, under
// Metadata-Version 2.1 for years before PEP 639 settled them in 2.4, and
// the index accepts them there; only the other fields are held to their age.
const EARLY_LICENSE_FIELDS = new Set(['license-file', 'license-expression'])

function checkFieldAges(context: MetadataContext, declared: string): Finding[] {
  const rank = (v: string): number =>
    METADATA_VERSIONS.indexOf(v as (typeof METADATA_VERSIONS)[number])
  const seen = new Set<string>()
  return context.metadata.fields
    .filter(f => {
      const added = FIELD_ADDED[f.key]
      if (!added || EARLY_LICENSE_FIELDS.has(f.key) || seen.has(f.key)) {
        return false
      }
      seen.add(f.key)
      return rank(added) > rank(declared)
    })
    .map(f =>
      invalid(
        context,
        f,
        `"${f.name}" was introduced in Metadata-Version ${FIELD_ADDED[f.key] ?? ''}, but the file declares "${declared}"`,
        `Declare Metadata-Version ${FIELD_ADDED[f.key] ?? ''} or later (a current build backend does).`
      )
    )
}
