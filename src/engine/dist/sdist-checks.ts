/**
 * The inside of one sdist (source distribution format § Source
 * distribution archive features): a single top-level folder
 * `{name}-{version}` holding `PKG-INFO`, the project's core metadata.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { ArtifactFacts } from './artifact-facts.js'
import { parseCoreMetadata } from './core-metadata.js'
import type { MetadataContext } from './metadata-context.js'
import type { SdistName } from './sdist-filename.js'
import type { Finding } from '../report/finding.js'

/** Findings about an sdist's layout, and its metadata when it has some. */
export interface SdistContents {
  readonly findings: readonly Finding[]
  readonly metadata: MetadataContext | null
  /** The single top-level folder, without a trailing slash. */
  readonly top: string | null
}

/** Checks the top-level folder and `PKG-INFO` of an sdist. */
export function checkSdistContents(
  ref: ArtifactRef,
  facts: ArtifactFacts,
  sdist: SdistName
): SdistContents {
  if (facts.entries.length === 0) {
    return { findings: [], metadata: null, top: null }
  }
  const tops = new Set(facts.entries.map(e => e.name.split('/')[0] ?? ''))
  const looseFiles = facts.entries.filter(
    e => !e.name.includes('/') && e.kind !== 'directory'
  )
  if (tops.size !== 1 || looseFiles.length > 0) {
    const shown = [...tops].slice(0, 5).join('", "')
    return {
      findings: [
        artifactFinding(
          ref,
          'dist/sdist-top-folder',
          'error',
          `"${ref.file}" must hold a single top-level folder, but holds "${shown}"${tops.size > 5 ? ', …' : ''} at the top.`,
          'Build the sdist with `python -m build --sdist` (or the backend); do not tar the tree by hand.'
        )
      ],
      metadata: null,
      top: null
    }
  }
  const top = [...tops][0] ?? ''
  const findings = topFolderFindings(ref, sdist, top)
  const text = facts.texts[`${top}/PKG-INFO`]
  if (text === undefined) {
    if (!facts.entries.some(e => e.name === `${top}/PKG-INFO`)) {
      findings.push(
        artifactFinding(
          ref,
          'metadata/missing',
          'error',
          `"${ref.file}" has no "${top}/PKG-INFO"; an sdist must carry its core metadata there.`,
          'Build the sdist with the build backend, which writes PKG-INFO.'
        )
      )
    }
    return { findings, metadata: null, top }
  }
  const metadata = {
    ref,
    member: `${top}/PKG-INFO`,
    metadata: parseCoreMetadata(text)
  }
  return { findings, metadata, top }
}

// PEP 625 names the folder like the file; an sdist from a tool older than
// the PEP may use the unnormalized name in both, which is flagged on the
// file name already.
function topFolderFindings(
  ref: ArtifactRef,
  sdist: SdistName,
  top: string
): Finding[] {
  const expected = sdist.normalizedFile.slice(0, -'.tar.gz'.length)
  const stem = ref.file.slice(0, -sdist.extension.length)
  if (top === expected || top === stem) return []
  return [
    artifactFinding(
      ref,
      'dist/sdist-top-folder',
      'warning',
      `"${ref.file}" unpacks into "${top}/", but its top-level folder should be "${expected}/" (PEP 625).`,
      'Build the sdist with a current build backend, which names the folder after the file.'
    )
  ]
}
