/**
 * Resolves the version a Python project declares, reading its files the way
 * its build backend would but without executing anything: static
 * `[project].version`, a backend's dynamic source (a module's `__version__`,
 * a VERSION file, Cargo.toml, a regex over a header), or a VCS tool that
 * takes the version from the git tag.
 */

import { finding, type Finding } from '../report/finding.js'
import {
  MAX_FILE_CHARS,
  type FileReader,
  type ResolutionContext
} from './resolution-context.js'
import { setupCfgName } from './setup-cfg-version-source.js'
import {
  parseToml,
  stringAt,
  stringsAt,
  type TomlTable
} from './toml-access.js'
import { indexTomlLines } from './toml-lines.js'
import type {
  UnresolvedVersion,
  VersionDeclaration
} from './version-declaration.js'
import { resolveDeclaration } from './version-resolution.js'

export type { FileReader } from './resolution-context.js'
export type {
  DeclaredSource,
  DeclaredVersion,
  UnresolvedVersion,
  VcsTool,
  VcsVersion,
  VersionDeclaration
} from './version-declaration.js'

const PYPROJECT = 'pyproject.toml'

/** A project name as written and in PEP 503 normalized form. */
export interface ProjectName {
  /** As written, e.g. `Flask` or `pydantic_core`. */
  readonly raw: string
  /** Lowercase with runs of `-`, `_` and `.` as one `-`, e.g. `pydantic-core`. */
  readonly normalized: string
}

/** What a project's files say about its name, backend and version. */
export interface ProjectVersion {
  /**
   * `[project].name`, else `[tool.poetry].name`, else setup.cfg's
   * `[metadata] name`; null when none is set.
   */
  readonly name: ProjectName | null
  /** `[build-system].build-backend`; null when absent (setuptools then). */
  readonly buildBackend: string | null
  /** The version as declared, taken from the tag, or why it is unknown. */
  readonly declaration: VersionDeclaration
  /**
   * Problems met while resolving. An unresolved declaration comes with
   * exactly one error here saying what was tried and what to set.
   */
  readonly findings: readonly Finding[]
}

/** Resolves the declared version of the project whose pyproject.toml is given. */
export function resolveProjectVersion(
  pyprojectText: string,
  read: FileReader
): ProjectVersion {
  const findings: Finding[] = []
  const doc = parsePyproject(pyprojectText, findings)
  if (!('doc' in doc)) {
    return { name: null, buildBackend: null, declaration: doc, findings }
  }
  const backend = stringAt(doc.doc, 'build-system', 'build-backend') ?? null
  const ctx: ResolutionContext = {
    doc: doc.doc,
    lines: indexTomlLines(pyprojectText),
    backend,
    dynamic: stringsAt(doc.doc, 'project', 'dynamic').includes('version'),
    read: caching(read),
    findings
  }
  return {
    name: projectName(ctx),
    buildBackend: backend,
    declaration: resolveDeclaration(ctx),
    findings
  }
}

function parsePyproject(
  text: string,
  findings: Finding[]
): { doc: TomlTable } | UnresolvedVersion {
  if (text.length > MAX_FILE_CHARS) {
    findings.push(
      finding(
        'file/too-large',
        'error',
        'pyproject.toml is larger than 5 MB and was not read',
        {
          file: PYPROJECT,
          hint: 'Keep pyproject.toml to project metadata and tool settings.'
        }
      )
    )
    return { kind: 'unresolved', tried: PYPROJECT, file: PYPROJECT }
  }
  const parsed = parseToml(text)
  if ('toml' in parsed) return { doc: parsed.toml }
  const where = parsed.line === undefined ? {} : { line: parsed.line }
  findings.push(
    finding(
      'pyproject/invalid-toml',
      'error',
      `pyproject.toml is not valid TOML: ${parsed.error}`,
      {
        file: PYPROJECT,
        ...where,
        hint: 'Fix the TOML syntax; every build tool rejects this file.'
      }
    )
  )
  return { kind: 'unresolved', tried: PYPROJECT, file: PYPROJECT, ...where }
}

function projectName(ctx: ResolutionContext): ProjectVersion['name'] {
  const raw =
    stringAt(ctx.doc, 'project', 'name') ??
    stringAt(ctx.doc, 'tool', 'poetry', 'name') ??
    setupCfgName(ctx.read)
  if (raw === undefined) return null
  return { raw, normalized: raw.replace(/[-_.]+/g, '-').toLowerCase() }
}

// Sources probe several candidate files; each is read from disk once.
function caching(read: FileReader): FileReader {
  const cache = new Map<string, string | undefined>()
  return path => {
    if (!cache.has(path)) cache.set(path, read(path))
    return cache.get(path)
  }
}
