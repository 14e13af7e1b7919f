import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  resolveProjectVersion,
  type FileReader
} from '../../../src/engine/pyproject/project-version.js'
import { normalizeVersion } from '../../../src/engine/version/pep440.js'

const CORPUS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/releases'
)

interface Snapshot {
  dir: string
  working_directory: string
  version_source: string
  declared_version: string | null
  placeholder_version: string | null
  version_files: string[]
}

const VCS_SOURCES = new Set([
  'setuptools-scm',
  'hatch-vcs',
  'versioningit',
  'poetry-dynamic-versioning',
  'pdm-scm'
])

const snapshots = JSON.parse(
  readFileSync(join(CORPUS, 'manifest.json'), 'utf8')
) as Snapshot[]

/** Reads below `workdir`, climbing with `..` no higher than `root`. */
function readerFor(root: string, workdir: string): FileReader {
  return path => {
    const file = resolve(workdir, path)
    const fromRoot = relative(root, file)
    if (fromRoot.startsWith(`..${sep}`) || fromRoot === '..') return undefined
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  }
}

function resolveSnapshot(s: Snapshot) {
  const root = join(CORPUS, s.dir)
  const workdir = join(root, s.working_directory)
  const text = readFileSync(join(workdir, 'pyproject.toml'), 'utf8')
  return resolveProjectVersion(text, readerFor(root, workdir))
}

describe('release corpus', () => {
  test('holds every snapshot the manifest lists', () => {
    expect(snapshots).toHaveLength(59)
  })

  const declaredSnapshots = snapshots.filter(
    s => !VCS_SOURCES.has(s.version_source)
  )
  const vcsSnapshots = snapshots.filter(s => VCS_SOURCES.has(s.version_source))

  test.each(declaredSnapshots.map(s => [s.dir, s] as const))(
    '%s declares the version its files state, from the right source',
    (_dir, s) => {
      const result = resolveSnapshot(s)
      expect(result.findings.filter(f => f.severity === 'error')).toEqual([])
      expect(result.declaration).toMatchObject({
        kind: 'declared',
        source: s.version_source
      })
      const { raw, file } =
        result.declaration.kind === 'declared'
          ? result.declaration
          : { raw: '', file: '' }
      expect(normalizeVersion(raw)).toBe(s.declared_version)
      // Decoys (a workspace's root pyproject.toml or Cargo.toml) must lose.
      expect(s.version_files).toContain(posix.join(s.working_directory, file))
    }
  )

  test.each(vcsSnapshots.map(s => [s.dir, s] as const))(
    '%s takes its version from the tag',
    (_dir, s) => {
      const result = resolveSnapshot(s)
      expect(result.findings.filter(f => f.severity === 'error')).toEqual([])
      expect(result.declaration).toMatchObject({
        kind: 'vcs',
        tool: s.version_source
      })
      const placeholder =
        result.declaration.kind === 'vcs'
          ? result.declaration.placeholder
          : undefined
      expect(placeholder ?? null).toBe(s.placeholder_version)
    }
  )
})
