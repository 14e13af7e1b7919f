/**
 * Every check of one artifact on its own: the reader's problems, size,
 * member names, secrets, file name, layout and metadata. What concerns
 * several artifacts (names, versions, coverage) is checked by the caller
 * from what this returns.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { ArtifactFacts } from './artifact-facts.js'
import { checkMemberNames } from './archive-paths.js'
import { firstField } from './core-metadata.js'
import type { NamedWheel } from './dist-coverage.js'
import type { ArtifactIdentity } from './identity-checks.js'
import { checkFileSize, checkLinuxTags, checkSdistName } from './index-rules.js'
import { wheelLicenseFolders } from './license-checks.js'
import { checkMetadata } from './metadata-checks.js'
import type { MetadataContext } from './metadata-context.js'
import { parseSdistFilename } from './sdist-filename.js'
import { checkSdistContents } from './sdist-checks.js'
import { checkSecretFiles } from './secret-files.js'
import { checkWheelContents } from './wheel-checks.js'
import { parseWheelFilename } from './wheel-filename.js'
import type { Finding } from '../report/finding.js'

/** What one artifact's checks found and what the dist-wide checks need. */
export interface ArtifactResult {
  readonly findings: readonly Finding[]
  /** Name and version as stated; `null` when the file name did not parse. */
  readonly identity: ArtifactIdentity | null
  /** The parsed wheel name, for a wheel whose file name parsed. */
  readonly wheel: NamedWheel | null
}

/** Checks one artifact of `dist/`. */
export function checkArtifact(
  ref: ArtifactRef,
  facts: ArtifactFacts
): ArtifactResult {
  const common = [
    ...facts.problems.map(p => readerProblem(ref, p)),
    ...checkFileSize(ref, facts.size),
    ...checkMemberNames(
      ref,
      facts.entries.map(e => e.name)
    ),
    ...checkSecretFiles(ref, facts.entries)
  ]
  const result =
    facts.kind === 'wheel' ? checkWheel(ref, facts) : checkSdist(ref, facts)
  return { ...result, findings: [...common, ...result.findings] }
}

function readerProblem(
  ref: ArtifactRef,
  problem: ArtifactFacts['problems'][number]
): Finding {
  const member =
    problem.entry === undefined ? '' : `: member "${problem.entry}"`
  return artifactFinding(
    ref,
    problem.id,
    'error',
    `"${ref.file}"${member} ${problem.message}.`.replace(/\.\.$/, '.'),
    'Rebuild the artifact; a damaged or hostile archive must not be published.'
  )
}

function badFilename(ref: ArtifactRef, kind: string, reason: string): Finding {
  return artifactFinding(
    ref,
    'dist/bad-filename',
    'error',
    `"${ref.file}" is not a valid ${kind} file name: ${reason}.`,
    kind === 'wheel'
      ? 'Wheels are named "{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl"; let the build backend name them and never rename one by hand.'
      : 'Sdists are named "{name}-{version}.tar.gz"; let the build backend name them.'
  )
}

function checkWheel(ref: ArtifactRef, facts: ArtifactFacts): ArtifactResult {
  const parsed = parseWheelFilename(ref.file)
  if (!parsed.ok) {
    return {
      findings: [badFilename(ref, 'wheel', parsed.reason)],
      identity: null,
      wheel: null
    }
  }
  const wheel = parsed.wheel
  const contents = checkWheelContents(ref, facts, wheel)
  const metadata = contents.metadata
  const members = new Set(facts.entries.map(e => e.name))
  const metadataFindings =
    metadata && contents.distInfo
      ? checkMetadata(
          metadata,
          { folders: wheelLicenseFolders(metadata, contents.distInfo), members },
          wheel.tags
        )
      : []
  return {
    findings: [
      ...checkLinuxTags(ref, wheel),
      ...contents.findings,
      ...metadataFindings
    ],
    identity: identity(ref, wheel.name, wheel.version, metadata),
    wheel: { ref, wheel }
  }
}

function checkSdist(ref: ArtifactRef, facts: ArtifactFacts): ArtifactResult {
  const parsed = parseSdistFilename(ref.file)
  if (!parsed.ok) {
    return {
      findings: [badFilename(ref, 'sdist', parsed.reason)],
      identity: null,
      wheel: null
    }
  }
  const sdist = parsed.sdist
  const contents = checkSdistContents(ref, facts, sdist)
  const metadata = contents.metadata
  const members = new Set(facts.entries.map(e => e.name))
  const metadataFindings =
    metadata && contents.top !== null
      ? checkMetadata(metadata, { folders: [`${contents.top}/`], members }, null)
      : []
  return {
    findings: [
      ...checkSdistName(ref, sdist),
      ...contents.findings,
      ...metadataFindings
    ],
    identity: identity(ref, sdist.name, sdist.version, metadata),
    wheel: null
  }
}

function identity(
  ref: ArtifactRef,
  fileName: string,
  fileVersion: string,
  context: MetadataContext | null
): ArtifactIdentity {
  const value = (key: string): string | null =>
    (context && firstField(context.metadata, key)?.value.trim()) || null
  return {
    ref,
    fileName,
    fileVersion,
    metadata: context && {
      member: context.member,
      name: value('name'),
      version: value('version')
    }
  }
}
