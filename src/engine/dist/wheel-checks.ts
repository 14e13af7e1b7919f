/**
 * The inside of one wheel (binary distribution format § File contents):
 * one `{name}-{version}.dist-info` folder matching the file name, holding
 * METADATA, WHEEL and RECORD, each sound.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { ArtifactFacts } from './artifact-facts.js'
import { parseCoreMetadata } from './core-metadata.js'
import type { MetadataContext } from './metadata-context.js'
import { normalizeName } from './project-name.js'
import { checkRecord } from './record-checks.js'
import { checkWheelFile } from './wheel-file.js'
import type { WheelName } from './wheel-filename.js'
import type { Finding } from '../report/finding.js'
import { versionsEqual } from '../version/pep440.js'

/** Findings about a wheel's layout, and its metadata when it has some. */
export interface WheelContents {
  readonly findings: readonly Finding[]
  readonly metadata: MetadataContext | null
  /** The `.dist-info` folder read, without a trailing slash. */
  readonly distInfo: string | null
}

/** Checks the `.dist-info` folder, WHEEL and RECORD of a wheel. */
export function checkWheelContents(
  ref: ArtifactRef,
  facts: ArtifactFacts,
  wheel: WheelName
): WheelContents {
  if (facts.entries.length === 0) {
    return { findings: [], metadata: null, distInfo: null }
  }
  const folders = distInfoFolders(facts)
  const matching = folders.find(f => matchesWheel(f, wheel))
  const distInfo = matching ?? folders[0] ?? null
  const findings = distInfoFindings(ref, wheel, folders, matching)
  if (distInfo === null) return { findings, metadata: null, distInfo }
  const text = (name: string): string | undefined =>
    facts.texts[`${distInfo}/${name}`]
  const wheelText = text('WHEEL')
  const recordText = text('RECORD')
  const metadataText = text('METADATA')
  // A member that is there but was not read (too large, say) is the
  // reader's problem, already reported; only an absent one is reported here.
  const absent = (name: string, id: string): Finding[] =>
    facts.entries.some(e => e.name === `${distInfo}/${name}`)
      ? []
      : [missing(ref, `${distInfo}/${name}`, id)]
  findings.push(
    ...(wheelText === undefined
      ? absent('WHEEL', 'dist/wheel-file')
      : checkWheelFile(ref, wheel, `${distInfo}/WHEEL`, wheelText)),
    ...(recordText === undefined
      ? absent('RECORD', 'dist/record-missing')
      : checkRecord(ref, `${distInfo}/RECORD`, recordText, facts.entries)),
    ...(metadataText === undefined ? absent('METADATA', 'metadata/missing') : [])
  )
  const metadata =
    metadataText === undefined
      ? null
      : {
          ref,
          member: `${distInfo}/METADATA`,
          metadata: parseCoreMetadata(metadataText)
        }
  return { findings, metadata, distInfo }
}

function distInfoFolders(facts: ArtifactFacts): string[] {
  const top = new Set<string>()
  for (const entry of facts.entries) {
    const first = entry.name.split('/')[0] ?? ''
    const nested = entry.name.includes('/') || entry.kind === 'directory'
    if (nested && first.endsWith('.dist-info')) top.add(first)
  }
  return [...top]
}

function matchesWheel(folder: string, wheel: WheelName): boolean {
  const stem = folder.slice(0, -'.dist-info'.length)
  const dash = stem.lastIndexOf('-')
  return (
    dash > 0 &&
    normalizeName(stem.slice(0, dash)) === wheel.normalizedName &&
    versionsEqual(stem.slice(dash + 1), wheel.version)
  )
}

function distInfoFindings(
  ref: ArtifactRef,
  wheel: WheelName,
  folders: readonly string[],
  matching: string | undefined
): Finding[] {
  const expected = `${wheel.name}-${wheel.version}.dist-info`
  const problem =
    folders.length === 0
      ? 'has no ".dist-info" folder'
      : folders.length > 1
        ? `has ${folders.length} ".dist-info" folders ("${folders.join('", "')}") where there must be one`
        : matching
          ? null
          : `has the folder "${folders[0] ?? ''}", which does not match its file name`
  if (!problem) return []
  return [
    artifactFinding(
      ref,
      'dist/dist-info-folder',
      'error',
      `"${ref.file}" ${problem}; expected "${expected}".`,
      'Rebuild the wheel with the build backend; a renamed wheel keeps its old ".dist-info" folder, so rename nothing by hand.'
    )
  ]
}

function missing(ref: ArtifactRef, member: string, id: string): Finding {
  return artifactFinding(
    ref,
    id,
    'error',
    `"${ref.file}" has no "${member}", which every wheel must hold.`,
    'Rebuild the wheel with a current build backend.'
  )
}
