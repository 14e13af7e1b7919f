/**
 * Resolves the version a Python project declares, reading its files the way
 * its build backend would but without executing anything: static
 * `[project].version`, a backend's dynamic source (a module's `__version__`,
 * a VERSION file, Cargo.toml, a regex over a header), or a VCS tool that
 * takes the version from the git tag.
 */

import { parse } from 'smol-toml'
import { finding, type Finding } from '../report/finding.js'
import {
  backendFamily,
  dynamicVersion,
  type BackendFamily
} from './backend-version-sources.js'
import { firstLine } from './cargo-manifest.js'
import { poetryDynamicVersioning } from './poetry-version-source.js'
import {
  fail,
  MAX_FILE_CHARS,
  pyprojectLine,
  unresolved,
  type FileReader,
  type ResolutionContext
} from './resolution-context.js'
import { setupCfgName } from './setup-cfg-version-source.js'
import {
  stringAt,
  stringsAt,
  tableAt,
  valueAt,
  type TomlTable
} from './toml-access.js'
import { indexTomlLines } from './toml-lines.js'
import {
  declared,
  type UnresolvedVersion,
  type VersionDeclaration
} from './version-declaration.js'

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
  try {
    return { doc: parse(text) }
  } catch (e) {
    const line = (e as { line?: unknown }).line
    const where = typeof line === 'number' ? { line } : {}
    findings.push(
      finding(
        'pyproject/invalid-toml',
        'error',
        `pyproject.toml is not valid TOML: ${firstLine(e)}`,
        {
          file: PYPROJECT,
          ...where,
          hint: 'Fix the TOML syntax; every build tool rejects this file.'
        }
      )
    )
    return { kind: 'unresolved', tried: PYPROJECT, file: PYPROJECT, ...where }
  }
}

function projectName(ctx: ResolutionContext): ProjectVersion['name'] {
  const raw =
    stringAt(ctx.doc, 'project', 'name') ??
    stringAt(ctx.doc, 'tool', 'poetry', 'name') ??
    setupCfgName(ctx.read)
  if (raw === undefined) return null
  return { raw, normalized: raw.replace(/[-_.]+/g, '-').toLowerCase() }
}

function resolveDeclaration(ctx: ResolutionContext): VersionDeclaration {
  const family = backendFamily(ctx.backend)
  const value = valueAt(ctx.doc, 'project', 'version')
  if (value !== undefined) return staticVersion(ctx, value, family)
  const found = dynamicVersion(ctx, family)
  if (!found) return missingVersion(ctx, family)
  if (tableAt(ctx.doc, 'project') && !ctx.dynamic) {
    ctx.findings.push(
      finding(
        'version/not-dynamic',
        'warning',
        '[project] has no version and does not list "version" in dynamic; PEP 621 backends refuse this',
        {
          file: PYPROJECT,
          line: pyprojectLine(ctx, 'project'),
          hint: 'Add dynamic = ["version"] to [project].'
        }
      )
    )
  }
  return found
}

function staticVersion(
  ctx: ResolutionContext,
  value: unknown,
  family: BackendFamily
): VersionDeclaration {
  const line = pyprojectLine(ctx, 'project', 'version')
  if (typeof value !== 'string') {
    return unresolved(
      ctx,
      '[project] version',
      { file: PYPROJECT, line },
      {
        message: '[project] version → is not a string',
        hint: 'Quote the version: version = "1.2.3".'
      }
    )
  }
  if (ctx.dynamic) {
    ctx.findings.push(
      finding(
        'version/static-and-dynamic',
        'error',
        `[project] sets version = "${value}" and also lists "version" in dynamic`,
        {
          file: PYPROJECT,
          line: pyprojectLine(ctx, 'project', 'dynamic'),
          hint: 'Remove "version" from [project] dynamic, or remove the static version.'
        }
      )
    )
  }
  // poetry-dynamic-versioning replaces even a static version at build time.
  const fromTag = family.sources.includes(poetryDynamicVersioning)
    ? poetryDynamicVersioning(ctx)
    : undefined
  return fromTag ?? declared('static', value, PYPROJECT, line ?? 1)
}

function missingVersion(
  ctx: ResolutionContext,
  family: BackendFamily
): UnresolvedVersion {
  if (ctx.dynamic) {
    return fail(
      ctx,
      'version/dynamic-without-source',
      `${family.label} dynamic version`,
      { file: PYPROJECT, line: pyprojectLine(ctx, 'project', 'dynamic') },
      {
        message: `[project] lists "version" in dynamic, but no version source that ${family.label} reads is configured`,
        hint: family.hint
      }
    )
  }
  const project = tableAt(ctx.doc, 'project')
  return unresolved(
    ctx,
    'pyproject.toml version',
    {
      file: PYPROJECT,
      line: project ? pyprojectLine(ctx, 'project') : undefined
    },
    {
      message: project
        ? 'pyproject.toml declares no version: [project] has no version and does not list it in dynamic'
        : `pyproject.toml declares no version: there is no [project] table and no version source that ${family.label} reads is configured`,
      hint: 'Set [project] version = "1.2.3", or list "version" in [project] dynamic and configure the backend\'s version source.'
    }
  )
}

// Sources probe several candidate files; each is read from disk once.
function caching(read: FileReader): FileReader {
  const cache = new Map<string, string | undefined>()
  return path => {
    if (!cache.has(path)) cache.set(path, read(path))
    return cache.get(path)
  }
}
