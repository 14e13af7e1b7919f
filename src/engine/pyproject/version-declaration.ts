/**
 * What a project declares about its version, as found in its files. The
 * caller compares it with the tag; nothing here knows about tags.
 */

/** Where a concrete version was read from; stable ids used in reports. */
export type DeclaredSource =
  | 'static'
  | 'setuptools-attr'
  | 'setuptools-file'
  | 'setup.cfg-attr'
  | 'setup.cfg-file'
  | 'setup.cfg-static'
  | 'hatch-path'
  | 'pdm-file'
  | 'flit-module'
  | 'poetry'
  | 'maturin-cargo'
  | 'maturin-cargo-workspace'
  | 'scikit-build-core-regex'

/** A tool that derives the version from the git tag at build time. */
export type VcsTool =
  | 'setuptools-scm'
  | 'hatch-vcs'
  | 'versioningit'
  | 'poetry-dynamic-versioning'
  | 'pdm-scm'

/** A concrete version written in a file. */
export interface DeclaredVersion {
  readonly kind: 'declared'
  /** Which mechanism supplies the version. */
  readonly source: DeclaredSource
  /** The version exactly as written (not normalized). */
  readonly raw: string
  /** File holding it, relative to the working directory. */
  readonly file: string
  /** 1-based line of the declaration in `file`. */
  readonly line: number
}

/** A version the build takes from the VCS tag; the tag is the declaration. */
export interface VcsVersion {
  readonly kind: 'vcs'
  readonly tool: VcsTool
  /** File configuring the tool (always `pyproject.toml` today). */
  readonly file: string
  /** 1-based line of that configuration. */
  readonly line: number
  /** The tool's tag-parsing regex when the project overrides the default. */
  readonly tagPattern?: string
  /** A stand-in version in the files that the build replaces, e.g. `0.0.0`. */
  readonly placeholder?: string
}

/** No version could be determined statically; a finding says why. */
export interface UnresolvedVersion {
  readonly kind: 'unresolved'
  /** The source that was tried, e.g. `setuptools attr 'pip.__version__'`. */
  readonly tried: string
  /** File where the problem lies, relative to the working directory. */
  readonly file: string
  /** 1-based line in `file`, when known. */
  readonly line?: number
}

/** Everything a project can say about its version. */
export type VersionDeclaration =
  DeclaredVersion | VcsVersion | UnresolvedVersion

/** Builds a declared version. */
export function declared(
  source: DeclaredSource,
  raw: string,
  file: string,
  line: number
): DeclaredVersion {
  return { kind: 'declared', source, raw, file, line }
}

/** Builds a VCS-derived version, leaving out unknown optional fields. */
export function vcs(
  tool: VcsTool,
  line: number,
  extra: { tagPattern?: string | undefined; placeholder?: string | undefined }
): VcsVersion {
  const out: { -readonly [K in keyof VcsVersion]: VcsVersion[K] } = {
    kind: 'vcs',
    tool,
    file: 'pyproject.toml',
    line
  }
  if (extra.tagPattern !== undefined) out.tagPattern = extra.tagPattern
  if (extra.placeholder !== undefined) out.placeholder = extra.placeholder
  return out
}
