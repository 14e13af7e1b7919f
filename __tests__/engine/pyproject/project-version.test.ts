import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  resolveProjectVersion,
  type FileReader
} from '../../../src/engine/pyproject/project-version.js'

const SOURCES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/projects/sources'
)

function resolveFixture(dir: string, workdir = '.') {
  const root = join(SOURCES, dir, workdir)
  const read: FileReader = path => {
    const file = resolve(root, path)
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  }
  return resolveProjectVersion(
    readFileSync(join(root, 'pyproject.toml'), 'utf8'),
    read
  )
}

/** A project held in memory: pyproject.toml plus the files it refers to. */
function resolveInMemory(
  pyproject: string,
  files: Record<string, string> = {}
) {
  const read: FileReader = path =>
    Object.hasOwn(files, path) ? files[path] : undefined
  return resolveProjectVersion(pyproject, read)
}

const HATCH_DYNAMIC = `[build-system]
build-backend = "hatchling.build"

[project]
name = "pkg"
dynamic = ["version"]
`

describe('resolveProjectVersion', () => {
  test.each([
    ['static', '.', 'static', '1.4.0', 'pyproject.toml', 8],
    [
      'setuptools-attr',
      '.',
      'setuptools-attr',
      '2.0.1rc1',
      'src/example_pkg/about.py',
      4
    ],
    [
      'setuptools-file',
      '.',
      'setuptools-file',
      '3.1.0',
      'example/VERSION.txt',
      1
    ],
    [
      'setup.cfg-attr',
      '.',
      'setup.cfg-attr',
      '0.9.3',
      'lib/legacy/__init__.py',
      3
    ],
    ['setup.cfg-file', '.', 'setup.cfg-file', '4.0.0.post1', 'VERSION', 1],
    ['setup.cfg-static', '.', 'setup.cfg-static', '1.0.2', 'setup.cfg', 3],
    ['hatch-path', '.', 'hatch-path', '5.2.0', 'src/hatched/__about__.py', 2],
    ['hatch-path-pattern', '.', 'hatch-path', '0.4.0b2', 'version.h', 3],
    ['pdm-file', '.', 'pdm-file', '7.1.0', 'pdm_example/__init__.py', 3],
    [
      'flit-module',
      '.',
      'flit-module',
      '0.3.0',
      'src/flit_example/__init__.py',
      3
    ],
    ['poetry', '.', 'poetry', '1.2.0a1', 'pyproject.toml', 3],
    [
      'maturin-cargo',
      '.',
      'maturin-cargo',
      '0.8.0-beta.1',
      'rust/Cargo.toml',
      4
    ],
    [
      'maturin-cargo-workspace',
      'crates/rusty-py',
      'maturin-cargo-workspace',
      '2.3.4',
      '../../Cargo.toml',
      7
    ],
    [
      'scikit-build-core-regex',
      '.',
      'scikit-build-core-regex',
      '6.0.1rc2',
      'include/native.h',
      4
    ],
    [
      'scikit-build-core-regex-default',
      '.',
      'scikit-build-core-regex',
      '1.1.0',
      'src/native_py/_version.py',
      3
    ]
  ])(
    '%s (in %s) declares %s version %s at %s:%i',
    (dir, workdir, source, raw, file, line) => {
      const result = resolveFixture(dir, workdir)
      expect(result.findings).toEqual([])
      expect(result.declaration).toEqual({
        kind: 'declared',
        source,
        raw,
        file,
        line
      })
    }
  )

  test.each([
    ['setuptools-scm', 9, { tagPattern: '^release-(?P<version>[0-9.]+)$' }],
    ['hatch-vcs', 10, { tagPattern: '^pkg-v(?P<version>.+)$' }],
    ['versioningit', 9, { tagPattern: '^v(?P<version>.+)$' }],
    ['poetry-dynamic-versioning', 6, { placeholder: '0.0.0' }],
    ['pdm-scm', 10, {}]
  ])(
    '%s takes the version from the tag (configured on line %i)',
    (tool, line, extra) => {
      const result = resolveFixture(tool)
      expect(result.findings).toEqual([])
      expect(result.declaration).toEqual({
        kind: 'vcs',
        tool,
        file: 'pyproject.toml',
        line,
        ...extra
      })
    }
  )

  test('gives the project name as written and PEP 503 normalized', () => {
    expect(resolveFixture('static').name).toEqual({
      raw: 'Static.Example',
      normalized: 'static-example'
    })
    expect(resolveFixture('poetry').name?.normalized).toBe('poetry-example')
    expect(resolveFixture('setup.cfg-attr').name?.raw).toBe('legacy')
  })

  test('reports the build backend, or null when pyproject.toml names none', () => {
    expect(resolveFixture('maturin-cargo').buildBackend).toBe('maturin')
    const result = resolveInMemory('[project]\nname = "x"\nversion = "1.0"\n')
    expect(result.buildBackend).toBeNull()
    expect(result.name).toEqual({ raw: 'x', normalized: 'x' })
  })

  test('keeps a static version but flags it when it is also dynamic', () => {
    const result = resolveInMemory(
      '[project]\nname = "x"\nversion = "1.0"\ndynamic = ["version"]\n'
    )
    expect(result.declaration).toMatchObject({ kind: 'declared', raw: '1.0' })
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: 'version/static-and-dynamic',
        severity: 'error',
        file: 'pyproject.toml',
        line: 4
      })
    ])
  })
})

describe('resolveProjectVersion failures', () => {
  const SETUPTOOLS_ATTR = `[build-system]
build-backend = "setuptools.build_meta"

[project]
name = "pkg"
dynamic = ["version"]

[tool.setuptools.dynamic]
version = { attr = "pkg.__version__" }
`

  test('an attr module that does not exist names every place looked', () => {
    const result = resolveInMemory(SETUPTOOLS_ATTR)
    expect(result.declaration).toEqual({
      kind: 'unresolved',
      tried: "setuptools attr 'pkg.__version__'",
      file: 'pyproject.toml',
      line: 9
    })
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({
      id: 'version/unresolved',
      severity: 'error',
      file: 'pyproject.toml',
      line: 9
    })
    expect(result.findings[0]?.message).toContain('src/pkg/__init__.py')
  })

  test('an attr module without the attribute says so and how to fix it', () => {
    const result = resolveInMemory(SETUPTOOLS_ATTR, {
      'src/pkg/__init__.py': 'from ._version import version as __version__\n'
    })
    expect(result.findings).toEqual([
      {
        id: 'version/unresolved',
        severity: 'error',
        message:
          "setuptools attr 'pkg.__version__' → src/pkg/__init__.py has no __version__ assignment",
        file: 'src/pkg/__init__.py',
        hint: expect.stringContaining('__version__ = "1.2.3"')
      }
    ])
    expect(result.declaration.kind).toBe('unresolved')
  })

  test('a hatch path that does not exist points at the path setting', () => {
    const result = resolveInMemory(
      `${HATCH_DYNAMIC}\n[tool.hatch.version]\npath = "pkg/__about__.py"\n`
    )
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: 'version/file-missing',
        message:
          "hatch path 'pkg/__about__.py' → pkg/__about__.py does not exist",
        file: 'pyproject.toml',
        line: 9
      })
    ])
  })

  test('a Cargo workspace without a package version points at its root', () => {
    const result = resolveInMemory(
      '[build-system]\nbuild-backend = "maturin"\n\n[project]\nname = "r"\ndynamic = ["version"]\n',
      {
        'Cargo.toml': '[package]\nname = "r"\nversion = { workspace = true }\n',
        '../Cargo.toml':
          '[workspace]\nmembers = ["py"]\n\n[workspace.package]\nedition = "2021"\n'
      }
    )
    expect(result.declaration).toMatchObject({
      kind: 'unresolved',
      file: '../Cargo.toml',
      line: 4
    })
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: 'version/unresolved',
        message: expect.stringContaining('has no [workspace.package] version'),
        file: '../Cargo.toml',
        line: 4
      })
    ])
  })

  test('invalid TOML is a finding with the line, never a throw', () => {
    const result = resolveInMemory('[project]\nname = "x"\nversion = 1.2.3\n')
    expect(result.declaration).toEqual({
      kind: 'unresolved',
      tried: 'pyproject.toml',
      file: 'pyproject.toml',
      line: 3
    })
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: 'pyproject/invalid-toml',
        severity: 'error',
        file: 'pyproject.toml',
        line: 3
      })
    ])
    expect(result.name).toBeNull()
  })

  test('a dynamic version with no source says what the backend needs', () => {
    const result = resolveInMemory(HATCH_DYNAMIC)
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: 'version/dynamic-without-source',
        severity: 'error',
        file: 'pyproject.toml',
        line: 6,
        hint: expect.stringContaining('[tool.hatch.version] path')
      })
    ])
    expect(result.declaration.kind).toBe('unresolved')
  })

  test('a project that declares no version at all is unresolved', () => {
    const result = resolveInMemory('[project]\nname = "x"\n')
    expect(result.findings).toEqual([
      expect.objectContaining({ id: 'version/unresolved', line: 1 })
    ])
  })

  test('oversized files are not read', () => {
    const huge = `__version__ = "1.0"\n${'#'.repeat(6 * 1024 * 1024)}`
    const result = resolveInMemory(
      `${HATCH_DYNAMIC}\n[tool.hatch.version]\npath = "big.py"\n`,
      { 'big.py': huge }
    )
    expect(result.findings).toEqual([
      expect.objectContaining({ id: 'file/too-large', file: 'big.py' })
    ])
  })

  test('a version source that runs project code is reported, not guessed', () => {
    const result = resolveInMemory(
      `${HATCH_DYNAMIC}\n[tool.hatch.version]\nsource = "code"\npath = "v.py"\n`
    )
    expect(result.findings).toEqual([
      expect.objectContaining({ id: 'version/unresolved', line: 9 })
    ])
  })

  test('an absolute path is refused rather than read', () => {
    const result = resolveInMemory(
      `${HATCH_DYNAMIC}\n[tool.hatch.version]\npath = "/etc/version.py"\n`
    )
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: 'version/unresolved',
        message: expect.stringContaining('absolute path')
      })
    ])
  })
})
