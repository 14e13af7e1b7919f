import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import {
  buildTar,
  buildTarGz,
  paxHeader,
  type TarMember
} from './archive-builders.js'
import { problemIds, readOne, removeTempDists } from './temp-dist.js'

const SDIST = 'pkg-1.0.tar.gz'
const MIB = 1024 * 1024
const sha256 = (data: Buffer): string =>
  createHash('sha256').update(data).digest('hex')
const file = (name: string, text: string): TarMember => ({
  name,
  data: Buffer.from(text)
})

afterAll(removeTempDists)

describe('readDist on hostile sdists', () => {
  test('a sound sdist: members, kinds and PKG-INFO texts', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([
        { name: 'pkg-1.0/', type: '5' },
        file('pkg-1.0/PKG-INFO', 'Name: pkg\n'),
        file('pkg-1.0/src/pkg.egg-info/PKG-INFO', 'Name: pkg\n'),
        file('pkg-1.0/docs/PKG-INFO', 'not read'),
        file('pkg-1.0/src/pkg/__init__.py', '')
      ])
    )
    expect(sdist.entries.map(e => [e.name, e.kind, e.size])).toEqual([
      ['pkg-1.0/', 'directory', 0],
      ['pkg-1.0/PKG-INFO', 'file', 10],
      ['pkg-1.0/src/pkg.egg-info/PKG-INFO', 'file', 10],
      ['pkg-1.0/docs/PKG-INFO', 'file', 8],
      ['pkg-1.0/src/pkg/__init__.py', 'file', 0]
    ])
    expect(Object.keys(sdist.texts)).toEqual([
      'pkg-1.0/PKG-INFO',
      'pkg-1.0/src/pkg.egg-info/PKG-INFO'
    ])
    expect(sdist.problems).toEqual([])
  })

  test('device files, FIFOs and links are listed by kind, never read', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([
        { name: 'pkg-1.0/dev/sda', type: '4' },
        { name: 'pkg-1.0/dev/tty', type: '3' },
        { name: 'pkg-1.0/pipe', type: '6' },
        { name: 'pkg-1.0/link', type: '2', linkName: '/etc/shadow' },
        { name: 'pkg-1.0/hard', type: '1', linkName: 'pkg-1.0/pipe' }
      ])
    )
    expect(sdist.entries.map(e => [e.name, e.kind, e.sha256])).toEqual([
      ['pkg-1.0/dev/sda', 'other', null],
      ['pkg-1.0/dev/tty', 'other', null],
      ['pkg-1.0/pipe', 'other', null],
      ['pkg-1.0/link', 'symlink', null],
      ['pkg-1.0/hard', 'other', null]
    ])
  })

  test('a gzip bomb stops at the ratio', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([{ name: 'pkg-1.0/zeros', data: Buffer.alloc(32 * MIB) }]),
      { limits: { bombMinBytes: MIB, bombRatio: 200 } }
    )
    expect(problemIds(sdist)).toEqual(['dist/zip-bomb'])
  })

  test('the inflate budget caps an sdist too', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([{ name: 'pkg-1.0/noise', data: randomBytes(3 * MIB) }]),
      { limits: { maxInflatedBytes: MIB } }
    )
    expect(problemIds(sdist)).toEqual(['dist/zip-bomb'])
  })

  test('a gzip inside the gzip is refused, never inflated', async () => {
    const inner = gzipSync(Buffer.alloc(64 * MIB))
    const sdist = await readOne(SDIST, gzipSync(inner))
    expect(problemIds(sdist)).toEqual(['dist/corrupt-archive'])
    expect(sdist.entries).toEqual([])
  })

  test.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['random bytes', () => randomBytes(2048)],
    ['an empty file', () => Buffer.alloc(0)],
    ['gzipped garbage', () => gzipSync(randomBytes(4096))]
  ])('%s: a corrupt archive, with its digest', async (_label, mangle) => {
    const bytes = mangle(
      buildTarGz([{ name: 'pkg-1.0/data', data: randomBytes(64 * 1024) }])
    )
    const sdist = await readOne(SDIST, bytes)
    expect(problemIds(sdist)).toContain('dist/corrupt-archive')
    expect(sdist.sha256).toBe(sha256(bytes))
  })

  test('a tar that is not gzipped is read, with a problem', async () => {
    const sdist = await readOne(SDIST, buildTar([file('pkg-1.0/PKG-INFO', 'x')]))
    expect(problemIds(sdist)).toEqual(['dist/corrupt-archive'])
    expect(sdist.entries.map(e => e.name)).toEqual(['pkg-1.0/PKG-INFO'])
  })

  test('a member cut short is listed without a digest', async () => {
    const tar = buildTar([file('pkg-1.0/big', 'x'.repeat(4096))])
    const sdist = await readOne(SDIST, gzipSync(tar.subarray(0, 2048)))
    expect(sdist.entries).toEqual([
      { name: 'pkg-1.0/big', size: 1536, sha256: null, kind: 'file' }
    ])
    expect(problemIds(sdist)).toContain('dist/corrupt-archive')
  })

  test('more members than the cap stop the reading', async () => {
    const members = Array.from({ length: 80 }, (_, i) => file(`p/${i}`, ''))
    const sdist = await readOne(SDIST, buildTarGz(members), {
      limits: { maxEntries: 50 }
    })
    expect(sdist.entries).toHaveLength(50)
    expect(problemIds(sdist)).toEqual(['dist/too-many-entries'])
  })

  test('a pax header too large to hold is ignored, with a problem', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([
        paxHeader({ comment: 'x'.repeat(2 * MIB) }),
        file('pkg-1.0/PKG-INFO', 'Name: pkg\n')
      ])
    )
    expect(problemIds(sdist)).toEqual(['dist/corrupt-archive'])
    expect(sdist.entries.map(e => e.name)).toEqual(['pkg-1.0/PKG-INFO'])
  })

  test('a pax path replaces the stored name, traversal kept as stored', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([
        paxHeader({ path: '../../outside/evil.py' }),
        file('short', 'x'),
        file('/etc/cron.d/job', 'y')
      ])
    )
    expect(sdist.entries.map(e => e.name)).toEqual([
      '../../outside/evil.py',
      '/etc/cron.d/job'
    ])
  })

  test('a name that is not UTF-8 is reported', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([{ name: Buffer.from('pkg-1.0/caf\xe9', 'latin1'), data: Buffer.from('x') }])
    )
    expect(problemIds(sdist)).toEqual(['dist/entry-name-encoding'])
  })

  test('a giant PKG-INFO is hashed, not kept', async () => {
    const big = Buffer.alloc(5 * MIB, 'Classifier: x\n')
    const sdist = await readOne(SDIST, buildTarGz([{ name: 'pkg-1.0/PKG-INFO', data: big }]))
    expect(sdist.texts).toEqual({})
    expect(sdist.entries[0]?.sha256).toBe(sha256(big))
    expect(problemIds(sdist)).toEqual(['dist/text-too-large'])
  })

  test('duplicate members are both listed; the later PKG-INFO wins', async () => {
    const sdist = await readOne(
      SDIST,
      buildTarGz([file('pkg-1.0/PKG-INFO', 'one'), file('pkg-1.0/PKG-INFO', 'two')])
    )
    expect(sdist.entries).toHaveLength(2)
    expect(sdist.texts).toEqual({ 'pkg-1.0/PKG-INFO': 'two' })
  })
})
