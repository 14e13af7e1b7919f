import { describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkDist } from '../../../src/engine/dist/check-dist.js'
import { resolveProjectVersion } from '../../../src/engine/pyproject/project-version.js'
import { normalizeVersion } from '../../../src/engine/version/pep440.js'
import { readDist } from '../../../src/io/dist/read-dist.js'

const DISTS = path.resolve('__tests__/fixtures/dists')
const PROJECTS = path.resolve('__tests__/fixtures/dist-projects')

interface BrokenCase {
  case: string
  file: string
  expect: string[]
}

const broken = JSON.parse(readFileSync(path.join(DISTS, 'broken/manifest.json'), 'utf8')) as {
  project: { name: string; version: string }
  cases: BrokenCase[]
}

/** Reads and checks a dist folder holding just these files. */
async function check(files: string[], project: { name: string | null; version: string | null }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dist-'))
  for (const file of files) copyFileSync(file, path.join(dir, path.basename(file)))
  const facts = await readDist(dir)
  if (!facts) throw new Error(`${dir} vanished`)
  return checkDist({ dist: facts, project, expectedWheels: null, expectedPlatforms: [], requireSdist: false })
}

// Debian's older backends (setuptools 66, pdm-pep517) still name sdists
// the pre-PEP 625 way, which the index now refuses, and an extension
// wheel straight from setuptools keeps its bare `linux_x86_64` tag until
// auditwheel repairs it: real findings, expected here.
const KNOWN: Record<string, string[]> = {
  'flit-core': [],
  hatchling: [],
  'poetry-core': [],
  'pdm-pep517': ['dist/sdist-name-not-normalized'],
  setuptools: ['dist/sdist-name-not-normalized'],
  'setuptools-scm': ['dist/sdist-name-not-normalized'],
  'setuptools-ext': ['dist/linux-platform-tag', 'dist/sdist-name-not-normalized']
}

describe('dists built by real backends', () => {
  test.each(Object.entries(KNOWN))('%s: only the findings its backend earns', async (backend, known) => {
    const text = readFileSync(path.join(PROJECTS, backend, 'pyproject.toml'), 'utf8')
    const project = resolveProjectVersion(text, f => {
      try {
        return readFileSync(path.join(PROJECTS, backend, f), 'utf8')
      } catch {
        return undefined
      }
    })
    const declared = project.declaration.kind === 'declared' ? normalizeVersion(project.declaration.raw) : null
    const files = readdirSync(path.join(DISTS, backend))
      .filter(f => f.endsWith('.whl') || f.endsWith('.tar.gz'))
      .map(f => path.join(DISTS, backend, f))
    const verdict = await check(files, { name: project.name?.normalized ?? null, version: declared })
    expect([...new Set(verdict.findings.map(f => f.id))].sort()).toEqual(known)
    expect(verdict.artifacts).toHaveLength(files.length)
  })
})

test('a sound Metadata-Version 2.4 wheel (PEP 639 license fields) passes', async () => {
  // Made by scripts/make-metadata-24-dist.py. Debian's twine 4.0.2 refuses
  // this wheel: it knows Metadata-Version 1.0 to 2.2 only.
  const dir = path.join(DISTS, 'metadata-2.4')
  const files = readdirSync(dir).map(f => path.join(dir, f))
  const verdict = await check(files, { name: 'acme-hatch-demo', version: '2.0.0rc1' })
  expect(verdict.findings).toEqual([])
})

describe('each broken artifact raises the finding meant for it', () => {
  test.each(broken.cases.map(c => [c.case, c] as const))('%s', async (_name, c) => {
    const verdict = await check([path.join(DISTS, 'broken', c.file)], broken.project)
    const ids = [...new Set(verdict.findings.filter(f => f.severity !== 'notice').map(f => f.id))].sort()
    expect(ids).toEqual([...c.expect].sort())
    for (const f of verdict.findings) expect(f.file).toContain(path.basename(c.file))
  })
})
