import { finding, type Finding } from '../report/finding.js'
import type { VersionDeclaration } from '../pyproject/version-declaration.js'
import { normalizeVersion } from '../version/pep440.js'

/** Sources whose own syntax is not PEP 440 (Cargo needs SemVer), so spelling is not ours to judge. */
const FOREIGN_SYNTAX = new Set(['maturin-cargo', 'maturin-cargo-workspace'])

/** The release version decided by comparing the tag with the declaration. */
export interface VersionVerdict {
  /** Normalized version of the release, or `null` when none can be named. */
  readonly version: string | null
  readonly findings: readonly Finding[]
}

/**
 * Release mode: the tag's version must equal (PEP 440) what the project
 * declares; a VCS-derived version is the tag's by construction.
 */
export function checkTagMatchesProject(
  tag: string,
  tagVersion: string | null,
  declaration: VersionDeclaration
): VersionVerdict {
  if (declaration.kind !== 'declared')
    return { version: tagVersion, findings: [] }
  const declared = normalizeVersion(declaration.raw)
  const findings = spellingFindings(declaration, declared)
  if (declared === null || tagVersion === null || declared === tagVersion) {
    return { version: tagVersion ?? declared, findings }
  }
  const where = `${declaration.file}:${declaration.line}`
  return {
    version: tagVersion,
    findings: [
      ...findings,
      finding(
        'version/mismatch',
        'error',
        `Tag '${tag}' is version '${tagVersion}', but the project declares '${declaration.raw}' (${describeSource(declaration.source)}, ${where}).`,
        {
          file: declaration.file,
          line: declaration.line,
          hint:
            placeholderHint(declared) ??
            `Set the version in ${where} to '${tagVersion}' and tag again, or move the tag to the commit that declares it.`
        }
      )
    ]
  }
}

/** Readiness mode: the declared version must be valid and normalized. */
export function checkDeclaredVersion(
  declaration: VersionDeclaration
): VersionVerdict {
  if (declaration.kind !== 'declared') return { version: null, findings: [] }
  const declared = normalizeVersion(declaration.raw)
  return {
    version: declared,
    findings: spellingFindings(declaration, declared)
  }
}

function spellingFindings(
  declaration: Extract<VersionDeclaration, { kind: 'declared' }>,
  declared: string | null
): Finding[] {
  const place = { file: declaration.file, line: declaration.line }
  if (declared === null) {
    return [
      finding(
        'version/invalid',
        'error',
        `The project declares version '${declaration.raw}' (${describeSource(declaration.source)}), which is not a PEP 440 version.`,
        {
          ...place,
          hint: "Use a PEP 440 version such as '1.2.0', '1.2.0rc1' or '1.2.0.post1'."
        }
      )
    ]
  }
  if (declared === declaration.raw || FOREIGN_SYNTAX.has(declaration.source))
    return []
  return [
    finding(
      'version/not-normalized',
      'warning',
      `The project declares version '${declaration.raw}', whose normalized PEP 440 form is '${declared}'; the index and the built artifacts will say '${declared}'.`,
      { ...place, hint: `Write '${declared}'.` }
    )
  ]
}

// A stand-in that a release workflow rewrites before building is a real
// pattern; say so rather than just "mismatch".
function placeholderHint(declared: string | null): string | null {
  if (declared !== '0.0.0' && declared !== '0') return null
  return `The files declare the placeholder '0.0.0'. If the workflow rewrites it before building, do that before this check runs (or add 'version/mismatch' to ignore and let the artifact checks compare the built version).`
}

/** Human wording for a declaration source id. */
export function describeSource(source: string): string {
  const words: Record<string, string> = {
    static: '[project].version',
    'setuptools-attr': 'setuptools attr',
    'setuptools-file': 'setuptools file',
    'setup.cfg-attr': 'setup.cfg attr',
    'setup.cfg-file': 'setup.cfg file',
    'setup.cfg-static': 'setup.cfg [metadata] version',
    'hatch-path': 'hatch version path',
    'pdm-file': 'pdm version file',
    'flit-module': 'flit module __version__',
    poetry: '[tool.poetry].version',
    'maturin-cargo': 'Cargo.toml package version',
    'maturin-cargo-workspace': 'Cargo workspace package version',
    'scikit-build-core-regex': 'scikit-build-core regex'
  }
  return words[source] ?? source
}
