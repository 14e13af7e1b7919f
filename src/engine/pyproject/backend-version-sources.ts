/**
 * Which version sources a build backend consults, in the order it would.
 * Only the backend that builds the wheel decides: a leftover `[tool.hatch]`
 * table means nothing to setuptools.
 */

import { flitModuleVersion } from './flit-version-source.js'
import { hatchVersion } from './hatch-version-source.js'
import { maturinCargoVersion } from './maturin-version-source.js'
import { pdmVersion } from './pdm-version-source.js'
import {
  poetryDynamicVersioning,
  poetryVersion
} from './poetry-version-source.js'
import type { ResolutionContext } from './resolution-context.js'
import { scikitBuildVersion } from './scikit-build-version-source.js'
import { setupCfgVersion } from './setup-cfg-version-source.js'
import { setuptoolsDynamicVersion } from './setuptools-version-source.js'
import { tableAt } from './toml-access.js'
import { setuptoolsScm, versioningit } from './vcs-version-source.js'
import type { VersionDeclaration } from './version-declaration.js'

type Source = (ctx: ResolutionContext) => VersionDeclaration | undefined

/** A family of build backends and how it finds a dynamic version. */
export interface BackendFamily {
  /** Shown in messages, e.g. `setuptools`. */
  readonly label: string
  readonly sources: readonly Source[]
  /** What to set when none of the sources is configured. */
  readonly hint: string
}

const SETUPTOOLS: BackendFamily = {
  label: 'setuptools',
  sources: [
    setuptoolsDynamicVersion,
    setuptoolsScm,
    versioningit,
    setupCfgVersion
  ],
  hint: 'Add [tool.setuptools.dynamic] version = { attr = "pkg.__version__" } or { file = "VERSION" }, or an empty [tool.setuptools_scm] table to take it from the git tag.'
}

const POETRY: BackendFamily = {
  label: 'poetry',
  sources: [poetryDynamicVersioning, poetryVersion],
  hint: 'Set [tool.poetry] version, or enable [tool.poetry-dynamic-versioning].'
}

// Top-level module of each backend, e.g. `hatchling` for `hatchling.build`.
const FAMILIES: readonly (readonly [string, BackendFamily])[] = [
  ['setuptools', SETUPTOOLS],
  [
    'hatchling',
    {
      label: 'hatchling',
      sources: [hatchVersion],
      hint: 'Add [tool.hatch.version] path = "src/pkg/__about__.py", or source = "vcs" with hatch-vcs.'
    }
  ],
  [
    'pdm',
    {
      label: 'pdm-backend',
      sources: [pdmVersion],
      hint: 'Add [tool.pdm.version] source = "file" with path = "src/pkg/__init__.py", or source = "scm".'
    }
  ],
  [
    'flit_core',
    {
      label: 'flit_core',
      sources: [flitModuleVersion],
      hint: 'Add __version__ = "1.2.3" to the module flit_core packages.'
    }
  ],
  ['poetry', POETRY],
  ['poetry_dynamic_versioning', POETRY],
  [
    'maturin',
    {
      label: 'maturin',
      sources: [maturinCargoVersion],
      hint: 'Set version in [package] of Cargo.toml.'
    }
  ],
  [
    'scikit_build_core',
    {
      label: 'scikit-build-core',
      sources: [scikitBuildVersion],
      hint: 'Add [tool.scikit-build.metadata.version] provider = "scikit_build_core.metadata.regex" with input = "<file>".'
    }
  ],
  [
    'mesonpy',
    {
      label: 'meson-python',
      sources: [],
      hint: 'meson-python takes a dynamic version from meson.build, which is not read here; set a static [project] version.'
    }
  ],
  [
    'uv_build',
    {
      label: 'uv_build',
      sources: [],
      hint: 'uv_build does not support a dynamic version; set a static [project] version.'
    }
  ]
]

// An unknown (often in-tree) backend: try every source whose configuration
// is present, in a fixed order.
const UNKNOWN: BackendFamily = {
  label: 'the build backend',
  sources: [
    hatchVersion,
    pdmVersion,
    scikitBuildVersion,
    poetryDynamicVersioning,
    poetryVersion,
    ctx =>
      tableAt(ctx.doc, 'tool', 'flit', 'module')
        ? flitModuleVersion(ctx)
        : undefined,
    ctx =>
      tableAt(ctx.doc, 'tool', 'maturin')
        ? maturinCargoVersion(ctx)
        : undefined,
    ...SETUPTOOLS.sources
  ],
  hint: "Set a static [project] version, or configure your build backend's version source."
}

/**
 * The family of a `build-backend` value; no backend means setuptools, as
 * PEP 517 frontends fall back to its legacy backend.
 */
export function backendFamily(backend: string | null): BackendFamily {
  if (backend === null) return SETUPTOOLS
  const module = backend.split(/[.:]/)[0]
  return FAMILIES.find(([name]) => name === module)?.[1] ?? UNKNOWN
}

/** The first version source the backend would use that is configured. */
export function dynamicVersion(
  ctx: ResolutionContext,
  family: BackendFamily
): VersionDeclaration | undefined {
  for (const source of family.sources) {
    const found = source(ctx)
    if (found) return found
  }
  return undefined
}
