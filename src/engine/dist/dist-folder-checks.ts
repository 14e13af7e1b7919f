/**
 * What else is in `dist/`. The publish step uploads every file there
 * (`twine upload dist/*`), and refuses what is not a wheel or an sdist, so
 * sub-folders, checksums, signatures and stray files break it; leftover
 * attestations would be uploaded for the wrong artifacts.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { OtherDistEntry } from './artifact-facts.js'
import type { Finding, Severity } from '../report/finding.js'

interface Rule {
  readonly id: string
  readonly severity: Severity
  readonly test: (entry: OtherDistEntry) => boolean
  readonly what: string
  readonly hint: string
}

const RULES: readonly Rule[] = [
  {
    id: 'dist/subfolder',
    severity: 'error',
    test: e => e.kind === 'directory',
    what: 'is a folder; the publish step (`twine upload dist/*`) fails on a folder, and the artifacts inside it would not be published anyway',
    hint: 'Download the build artifacts with actions/download-artifact and `merge-multiple: true` (with `pattern:` and `path: dist`), so every file lands directly in the folder.'
  },
  {
    id: 'dist/attestation-file',
    severity: 'warning',
    test: e => e.name.endsWith('.publish.attestation'),
    what: 'is an attestation left by an earlier publish; the publish step makes fresh ones',
    hint: 'Remove it (build into an empty folder).'
  },
  {
    id: 'dist/checksum-file',
    severity: 'error',
    test: e =>
      /^(?:sha(?:1|224|256|384|512)sums?|md5sums?)(?:\.txt)?$/i.test(e.name) ||
      /\.(?:sha(?:1|224|256|384|512)(?:sum)?|md5)$/i.test(e.name),
    what: 'is a checksum file; the index takes only wheels and sdists',
    hint: 'Write checksums outside the dist folder; this check hands them over as the `sha256sums-file` output.'
  },
  {
    id: 'dist/signature-file',
    severity: 'error',
    test: e => /\.(?:asc|sig|sigstore(?:\.json)?)$/i.test(e.name),
    what: 'is a signature; the index no longer takes signatures (trusted publishing attests the artifacts instead)',
    hint: 'Remove it from the dist folder; attach signatures to the GitHub release instead.'
  },
  {
    id: 'dist/unexpected-file',
    severity: 'error',
    test: () => true,
    what: 'is neither a wheel (.whl) nor an sdist (.tar.gz); the publish step refuses it',
    hint: 'Keep only wheels and sdists in the dist folder.'
  }
]

/** One finding for each entry of `dist/` that does not belong there. */
export function checkOtherEntries(
  refOf: (file: string) => ArtifactRef,
  others: readonly OtherDistEntry[]
): Finding[] {
  // Hidden files (uv's `dist/.gitignore`, `.DS_Store`) are skipped by the
  // `dist/*` glob that uploads, so they are harmless.
  return others
    .filter(e => !e.name.startsWith('.'))
    .map(entry => {
      const rule = RULES.find(r => r.test(entry)) as Rule
      return artifactFinding(
        refOf(entry.name),
        rule.id,
        rule.severity,
        `"${entry.name}" ${rule.what}.`,
        rule.hint
      )
    })
}
