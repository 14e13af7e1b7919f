import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { readDist } from '../../../src/io/dist/read-dist.js'
import type {
  ArchiveEntry,
  ArtifactFacts
} from '../../../src/engine/dist/artifact-facts.js'

/** What Python's zipfile/tarfile/hashlib read, written by build-fixture-dists.sh. */
interface Expected {
  artifacts: Record<
    string,
    {
      size: number
      sha256: string
      error?: string
      entries?: {
        name: string
        kind: ArchiveEntry['kind']
        size?: number
        sha256?: string
      }[]
    }
  >
}

const DISTS = path.resolve('__tests__/fixtures/dists')
const BACKENDS = readdirSync(DISTS).filter(name =>
  existsSync(path.join(DISTS, name, 'expected.json'))
)
const BROKEN = readdirSync(path.join(DISTS, 'broken')).filter(name =>
  statSync(path.join(DISTS, 'broken', name)).isDirectory()
)
const FOLDERS = [...BACKENDS, ...BROKEN.map(name => `broken/${name}`)]

function expectedFor(folder: string): Expected {
  const file = path.join(DISTS, folder, 'expected.json')
  return JSON.parse(readFileSync(file, 'utf8')) as Expected
}

/**
 * An entry as the oracle records it: Python's tarfile drops a folder's
 * trailing slash and reads data of tar files only; zipfile reads every
 * member but a folder.
 */
function asOracle(
  artifact: ArtifactFacts,
  entry: ArchiveEntry,
  stopped: ReadonlySet<string | undefined>
): object {
  const tar = artifact.file.endsWith('.tar.gz')
  const name =
    tar && entry.kind === 'directory' ? entry.name.replace(/\/+$/, '') : entry.name
  if (entry.kind === 'directory' || (tar && entry.kind !== 'file'))
    return { name, kind: entry.kind }
  if (entry.sha256 === null && stopped.has(entry.name))
    return { name, kind: entry.kind, stopped: true }
  return { name, kind: entry.kind, size: entry.size, sha256: entry.sha256 }
}

describe('readDist on real and hand-made artifacts', () => {
  test('the fixtures hold every backend and the broken set', () => {
    expect(BACKENDS).toEqual(
      expect.arrayContaining([
        'flit-core',
        'hatchling',
        'pdm-pep517',
        'poetry-core',
        'setuptools',
        'setuptools-ext',
        'setuptools-scm',
        'setuptools-scm-untagged'
      ])
    )
    expect(BROKEN.length).toBeGreaterThanOrEqual(25)
  })

  test.each(FOLDERS)('%s: every file and member as Python reads it', async folder => {
    const expected = expectedFor(folder)
    const facts = await readDist(path.join(DISTS, folder))
    expect(facts?.artifacts.map(a => a.file)).toEqual(
      Object.keys(expected.artifacts)
    )
    const got = (facts?.artifacts ?? []).map(artifact => {
      const stopped = new Set(artifact.problems.map(p => p.entry))
      const failed = expected.artifacts[artifact.file]?.error !== undefined
      const corrupt = artifact.problems.some(p => p.id === 'dist/corrupt-archive')
      const entries = artifact.entries.map(e => asOracle(artifact, e, stopped))
      return {
        size: artifact.size,
        sha256: artifact.sha256,
        ...(failed ? { corrupt } : { entries })
      }
    })
    const wanted = Object.values(expected.artifacts).map((want, i) => {
      const problems = facts?.artifacts[i]?.problems ?? []
      const stopped = new Set(problems.map(p => p.entry))
      const entries = (want.entries ?? []).map(entry =>
        stopped.has(entry.name) && entry.kind === 'file'
          ? { name: entry.name, kind: entry.kind, stopped: true }
          : entry
      )
      return {
        size: want.size,
        sha256: want.sha256,
        ...(want.error === undefined ? { entries } : { corrupt: true })
      }
    })
    expect(got).toEqual(wanted)
  })

  test.each(BACKENDS)('%s: the texts the checks read, as stored', async folder => {
    const facts = await readDist(path.join(DISTS, folder))
    for (const artifact of facts?.artifacts ?? []) {
      const names = Object.keys(artifact.texts)
      const wanted =
        artifact.kind === 'wheel'
          ? ['METADATA', 'WHEEL', 'RECORD'].map(n => `.dist-info/${n}`)
          : ['/PKG-INFO']
      for (const suffix of wanted)
        expect(names.some(name => name.endsWith(suffix))).toBe(true)
      for (const [name, text] of Object.entries(artifact.texts)) {
        const entry = artifact.entries.find(e => e.name === name)
        const hash = createHash('sha256').update(text, 'utf8').digest('hex')
        expect(entry?.sha256).toBe(hash)
      }
      expect(artifact.problems).toEqual([])
    }
  })

  test.each(BACKENDS)('%s: every wheel member agrees with RECORD', async folder => {
    const facts = await readDist(path.join(DISTS, folder))
    for (const wheel of facts?.artifacts.filter(a => a.kind === 'wheel') ?? []) {
      const [, record] = Object.entries(wheel.texts).find(([n]) =>
        n.endsWith('.dist-info/RECORD')
      ) ?? ['', '']
      const rows = record.split('\n').filter(Boolean).map(row => row.split(','))
      const listed = rows.filter(([, hash]) => hash).map(([name, hash, size]) => {
        const entry = wheel.entries.find(e => e.name === name)
        const digest = Buffer.from(entry?.sha256 ?? '', 'hex').toString('base64url')
        return { name, hash, size: Number(size), got: `sha256=${digest}`, gotSize: entry?.size }
      })
      expect(listed.length).toBe(wheel.entries.length - 1)
      for (const row of listed) expect([row.got, row.gotSize]).toEqual([row.hash, row.size])
    }
  })

  test('the broken manifest names an artifact and finding ids for every case', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(DISTS, 'broken/manifest.json'), 'utf8')
    ) as { cases: { case: string; file: string; expect: string[] }[] }
    expect(manifest.cases.map(c => c.case).sort()).toEqual([...BROKEN].sort())
    for (const c of manifest.cases) {
      expect(existsSync(path.join(DISTS, 'broken', c.file))).toBe(true)
      expect(c.expect.every(id => /^(dist|metadata)\/[a-z0-9-]+$/.test(id))).toBe(true)
    }
  })

  test.each([
    ['broken/zip-bomb', 'dist/zip-bomb'],
    ['broken/corrupt-archive', 'dist/corrupt-archive'],
    ['broken/sdist-corrupt-archive', 'dist/corrupt-archive']
  ])('%s: the reader itself raises %s', async (folder, id) => {
    const facts = await readDist(path.join(DISTS, folder))
    expect(facts?.artifacts[0]?.problems.map(p => p.id)).toContain(id)
  })
})
