import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readDist } from '../../../src/io/dist/read-dist.js'
import { buildTarGz, buildZip } from './archive-builders.js'
import { removeTempDists, tempDist, tempFolder } from './temp-dist.js'

afterAll(removeTempDists)

const wheel = buildZip([
  { name: 'pkg-1.0.dist-info/METADATA', data: Buffer.from('Name: pkg\n') }
])
const sdist = buildTarGz([
  { name: 'pkg-1.0/PKG-INFO', data: Buffer.from('Name: pkg\n') }
])
const sha256 = (data: Buffer): string =>
  createHash('sha256').update(data).digest('hex')

describe('readDist on the dist folder', () => {
  test('is null when the folder does not exist', async () => {
    await expect(readDist(path.join(tempFolder(), 'dist'))).resolves.toBeNull()
  })

  test('says so when dist is a file', async () => {
    const file = path.join(tempFolder(), 'dist')
    writeFileSync(file, '')
    await expect(readDist(file)).rejects.toThrow(/is not a folder/)
  })

  test('reads artifacts by name and lists everything else', async () => {
    const dist = tempDist({
      'pkg-1.0.tar.gz': sdist,
      'pkg-1.0-py3-none-any.whl': wheel,
      'pkg-1.0-py3-none-any.whl.asc': Buffer.from('sig'),
      'pkg-1.0.zip': wheel,
      'pkg-1.0.tar.bz2': Buffer.from('old')
    })
    mkdirSync(path.join(dist, 'wheels-linux'))
    symlinkSync('pkg-1.0-py3-none-any.whl', path.join(dist, 'link-1.0-py3-none-any.whl'))
    execFileSync('mkfifo', [path.join(dist, 'pipe')])
    const facts = await readDist(dist)
    expect(facts?.folder).toBe(dist)
    expect(facts?.artifacts.map(a => [a.file, a.kind, a.size])).toEqual([
      ['pkg-1.0-py3-none-any.whl', 'wheel', wheel.length],
      ['pkg-1.0.tar.gz', 'sdist', sdist.length],
      ['pkg-1.0.zip', 'sdist', wheel.length]
    ])
    expect(facts?.others).toEqual([
      { name: 'link-1.0-py3-none-any.whl', kind: 'symlink', size: 24 },
      { name: 'pipe', kind: 'other', size: 0 },
      { name: 'pkg-1.0-py3-none-any.whl.asc', kind: 'file', size: 3 },
      { name: 'pkg-1.0.tar.bz2', kind: 'file', size: 3 },
      { name: 'wheels-linux', kind: 'directory', size: 0 }
    ])
  })

  test('keeps the texts each kind needs, a .zip sdist included', async () => {
    const zipSdist = buildZip([
      { name: 'pkg-1.0/PKG-INFO', data: Buffer.from('Name: pkg\n') }
    ])
    const facts = await readDist(
      tempDist({ 'pkg-1.0.zip': zipSdist, 'pkg-1.0-py3-none-any.whl': wheel })
    )
    expect(facts?.artifacts.map(a => Object.keys(a.texts))).toEqual([
      ['pkg-1.0.dist-info/METADATA'],
      ['pkg-1.0/PKG-INFO']
    ])
  })

  test('digests only, when contents are not wanted', async () => {
    const facts = await readDist(
      tempDist({ 'pkg-1.0-py3-none-any.whl': wheel, 'pkg-1.0.tar.gz': sdist }),
      { contents: false }
    )
    expect(facts?.artifacts).toEqual([
      expect.objectContaining({ sha256: sha256(wheel), entries: [], texts: {} }),
      expect.objectContaining({ sha256: sha256(sdist), entries: [], texts: {} })
    ])
  })

  test('stops keeping members once the whole dist holds its cap', async () => {
    const many = buildZip(
      Array.from({ length: 30 }, (_, i) => ({ name: `m${i}`, method: 0 }))
    )
    const facts = await readDist(
      tempDist({ 'a-1.0-py3-none-any.whl': many, 'b-1.0-py3-none-any.whl': many }),
      { limits: { maxDistEntries: 40 }, concurrency: 1 }
    )
    expect(facts?.artifacts.map(a => a.entries.length)).toEqual([30, 10])
    expect(facts?.artifacts[1]?.problems).toEqual([
      expect.objectContaining({
        id: 'dist/too-many-entries',
        message: expect.stringMatching(/past 40 members/) as unknown
      })
    ])
  })

  test('reads the same facts one at a time as in parallel', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`pkg-1.0-${i}-py3-none-any.whl`, wheel])
    )
    const dist = tempDist(files)
    const serial = await readDist(dist, { concurrency: 1 })
    expect(await readDist(dist, { concurrency: 4 })).toEqual(serial)
  })
})
