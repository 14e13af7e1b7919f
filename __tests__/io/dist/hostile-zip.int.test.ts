import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import { buildZip, type ZipMember } from './archive-builders.js'
import { problemIds, readOne, removeTempDists } from './temp-dist.js'

const WHEEL = 'pkg-1.0-py3-none-any.whl'
const MIB = 1024 * 1024
const sha256 = (data: Buffer): string =>
  createHash('sha256').update(data).digest('hex')
const member = (name: string, text: string): ZipMember => ({
  name,
  data: Buffer.from(text)
})

afterAll(removeTempDists)

describe('readDist on hostile wheels', () => {
  test('a member inflating past its declared size is cut short and reported', async () => {
    const wheel = await readOne(
      WHEEL,
      buildZip([
        { name: 'pkg/liar.bin', data: Buffer.alloc(MIB), declaredSize: 10 },
        member('pkg/ok.py', 'x = 1\n')
      ])
    )
    expect(wheel.entries).toEqual([
      { name: 'pkg/liar.bin', size: 0, sha256: null, kind: 'file' },
      {
        name: 'pkg/ok.py',
        size: 6,
        sha256: sha256(Buffer.from('x = 1\n')),
        kind: 'file'
      }
    ])
    expect(wheel.problems).toEqual([
      expect.objectContaining({
        id: 'dist/corrupt-archive',
        entry: 'pkg/liar.bin'
      })
    ])
  })

  test('a large lying member is stopped at its declared size while streaming', async () => {
    const data = Buffer.alloc(8 * MIB)
    const wheel = await readOne(
      WHEEL,
      buildZip([{ name: 'big.bin', data, declaredSize: 2 * MIB }]),
      { limits: { bombMinBytes: 64 * MIB } }
    )
    expect(wheel.entries[0]?.sha256).toBeNull()
    expect(wheel.entries[0]?.size).toBeLessThanOrEqual(2 * MIB)
    expect(problemIds(wheel)).toEqual(['dist/corrupt-archive'])
  })

  test('a member shorter than declared is reported', async () => {
    const wheel = await readOne(
      WHEEL,
      buildZip([{ name: 'a.py', data: Buffer.from('abc'), declaredSize: 1e6 }])
    )
    expect(wheel.problems[0]?.message).toMatch(/short of the 1000000/)
    expect(wheel.entries[0]?.sha256).toBeNull()
  })

  test('an honest bomb (deflated zeros) stops at the ratio, not the end', async () => {
    const zeros = Buffer.alloc(16 * MIB)
    const wheel = await readOne(
      WHEEL,
      buildZip([
        { name: 'pkg/zeros.bin', data: zeros },
        member('pkg/after.py', '')
      ]),
      { limits: { bombMinBytes: MIB, bombRatio: 100 } }
    )
    expect(wheel.problems).toEqual([
      expect.objectContaining({ id: 'dist/zip-bomb', entry: 'pkg/zeros.bin' })
    ])
    expect(wheel.entries[0]?.size).toBeLessThan(8 * MIB)
    expect(wheel.entries.map(e => e.name)).toEqual([
      'pkg/zeros.bin',
      'pkg/after.py'
    ])
  })

  test('the artifact stops once its inflate budget is spent', async () => {
    const chunk = (i: number): ZipMember => ({
      name: `blob${i}.bin`,
      data: randomBytes(512 * 1024)
    })
    const wheel = await readOne(WHEEL, buildZip([0, 1, 2, 3].map(chunk)), {
      limits: { maxInflatedBytes: MIB }
    })
    expect(problemIds(wheel)).toEqual(['dist/zip-bomb'])
    expect(wheel.entries.length).toBeLessThan(4)
  })

  test('members sharing one local header (an overlapping bomb) are not inflated twice', async () => {
    const data = Buffer.alloc(MIB, 'a')
    const wheel = await readOne(
      WHEEL,
      buildZip([
        { name: 'k0', data },
        { name: 'k1', sameHeaderAs: 0 },
        { name: 'k2', sameHeaderAs: 0 }
      ])
    )
    expect(wheel.entries.map(e => e.sha256)).toEqual([sha256(data), null, null])
    expect(problemIds(wheel)).toEqual(['dist/zip-bomb', 'dist/zip-bomb'])
  })

  test.each([
    ['a truncated zip', (z: Buffer) => z.subarray(0, z.length - 30)],
    ['random bytes', () => randomBytes(4096)],
    ['an empty file', () => Buffer.alloc(0)]
  ])('%s is a corrupt archive, with its digest', async (_label, mangle) => {
    const bytes = mangle(buildZip([member('a.py', 'a'), member('b.py', 'b')]))
    const wheel = await readOne(WHEEL, bytes)
    expect(problemIds(wheel)).toEqual(['dist/corrupt-archive'])
    expect(wheel.sha256).toBe(sha256(bytes))
    expect(wheel.size).toBe(bytes.length)
  })

  test('garbage member data is a problem of that member only', async () => {
    const wheel = await readOne(
      WHEEL,
      buildZip([
        { name: 'bad.py', raw: Buffer.from('not deflate data at all') },
        member('good.py', 'ok')
      ])
    )
    expect(wheel.entries.map(e => [e.name, e.sha256 !== null])).toEqual([
      ['bad.py', false],
      ['good.py', true]
    ])
    expect(wheel.problems[0]).toEqual(
      expect.objectContaining({ id: 'dist/corrupt-archive', entry: 'bad.py' })
    )
  })

  test('an end record claiming more members than there are ends in a problem', async () => {
    const wheel = await readOne(
      WHEEL,
      buildZip([member('a.py', 'a')], { claimedEntries: 50_000 })
    )
    expect(wheel.entries.map(e => e.name)).toEqual(['a.py'])
    expect(problemIds(wheel)).toEqual(['dist/corrupt-archive'])
  })

  test('a zip with more members than the cap is read up to the cap', async () => {
    const members = Array.from({ length: 1500 }, (_, i) => ({
      name: `m/${i}`,
      method: 0
    }))
    const wheel = await readOne(WHEEL, buildZip(members), {
      limits: { maxEntries: 1000 }
    })
    expect(wheel.entries).toHaveLength(1000)
    expect(problemIds(wheel)).toEqual(['dist/too-many-entries'])
  })

  test('a zip claiming far more members than the cap says so before reading', async () => {
    const members = Array.from({ length: 20 }, (_, i) => ({
      name: `m/${i}`,
      method: 0
    }))
    const wheel = await readOne(
      WHEEL,
      buildZip(members, { claimedEntries: 65_535 }),
      { limits: { maxEntries: 10 } }
    )
    expect(wheel.entries).toHaveLength(10)
    expect(wheel.problems[0]?.message).toMatch(/more than 10 members/)
  })

  test('a giant METADATA is hashed but not kept as text', async () => {
    const metadata = Buffer.alloc(5 * MIB, 'Classifier: x\n')
    const wheel = await readOne(
      WHEEL,
      buildZip([
        { name: 'pkg-1.0.dist-info/METADATA', data: metadata },
        member('pkg-1.0.dist-info/WHEEL', 'Wheel-Version: 1.0\n')
      ])
    )
    expect(Object.keys(wheel.texts)).toEqual(['pkg-1.0.dist-info/WHEEL'])
    expect(wheel.entries[0]?.sha256).toBe(sha256(metadata))
    expect(wheel.problems).toEqual([
      expect.objectContaining({
        id: 'dist/text-too-large',
        entry: 'pkg-1.0.dist-info/METADATA'
      })
    ])
  })

  test('a METADATA that is not UTF-8 is kept, with a problem', async () => {
    const wheel = await readOne(
      WHEEL,
      buildZip([
        {
          name: 'pkg-1.0.dist-info/METADATA',
          data: Buffer.from('Name: caf\xe9\n', 'latin1')
        }
      ])
    )
    expect(wheel.texts['pkg-1.0.dist-info/METADATA']).toBe('Name: caf\uFFFD\n')
    expect(problemIds(wheel)).toEqual(['dist/text-encoding'])
  })

  test('links and special files are labelled; a link holds its target as data', async () => {
    const wheel = await readOne(
      WHEEL,
      buildZip([
        { name: 'pkg/', method: 0, unixMode: 0o040755 },
        { name: 'pkg/link', data: Buffer.from('../../etc/passwd'), unixMode: 0o120777 },
        { name: 'pkg/fifo', unixMode: 0o010644 },
        { name: 'pkg/run.sh', data: Buffer.from('#!/bin/sh\n'), unixMode: 0o100755 }
      ])
    )
    expect(wheel.entries.map(e => [e.name, e.kind, e.sha256 !== null])).toEqual([
      ['pkg/', 'directory', false],
      ['pkg/link', 'symlink', true],
      ['pkg/fifo', 'other', true],
      ['pkg/run.sh', 'file', true]
    ])
  })

  test('names are kept as stored, traversal and all', async () => {
    const names = ['../../etc/passwd', '/abs/path.py', 'C:\\win.py', 'a\\b.py', 'nul\u0000byte', 'x\u001b[31m.py']
    const wheel = await readOne(WHEEL, buildZip(names.map(n => member(n, n))))
    expect(wheel.entries.map(e => e.name)).toEqual(names)
    expect(wheel.problems).toEqual([])
  })

  test('duplicate members are both listed; the later text wins, as in zipfile', async () => {
    const wheel = await readOne(
      WHEEL,
      buildZip([
        member('pkg-1.0.dist-info/METADATA', 'Name: first\n'),
        member('pkg-1.0.dist-info/METADATA', 'Name: second\n')
      ])
    )
    expect(wheel.entries).toHaveLength(2)
    expect(wheel.texts['pkg-1.0.dist-info/METADATA']).toBe('Name: second\n')
  })

  test.each([
    ['no UTF-8 flag: read as CP437', 0, 'caf\u00e9.py'],
    ['a UTF-8 flag on bytes that are not UTF-8', 0x800, 'caf\uFFFD.py']
  ])('a non-ASCII name with %s', async (_label, flags, name) => {
    const wheel = await readOne(
      WHEEL,
      buildZip([{ name: Buffer.from('caf\x82.py', 'latin1'), flags, data: Buffer.from('x') }])
    )
    expect(wheel.entries[0]?.name).toBe(name)
    expect(problemIds(wheel)).toEqual(['dist/entry-name-encoding'])
  })

  test.each([
    ['an encrypted', { flags: 1 }, 'dist/encrypted-entry'],
    ['a bzip2-compressed', { method: 12 }, 'dist/unsupported-compression']
  ])('%s member is listed, not read', async (_label, fields, id) => {
    const wheel = await readOne(
      WHEEL,
      buildZip([{ name: 'x.py', data: Buffer.from('x'), ...fields }])
    )
    expect(wheel.entries).toEqual([
      { name: 'x.py', size: 0, sha256: null, kind: 'file' }
    ])
    expect(problemIds(wheel)).toEqual([id])
  })

  test('stored members are hashed as they are', async () => {
    const data = randomBytes(3 * MIB)
    const wheel = await readOne(WHEEL, buildZip([{ name: 's.bin', data, method: 0 }]))
    expect(wheel.entries[0]).toEqual({
      name: 's.bin',
      size: data.length,
      sha256: sha256(data),
      kind: 'file'
    })
  })

  test('a large member streams through, hashed like the bytes it holds', async () => {
    const data = Buffer.concat(
      Array.from({ length: 40 }, () => deflateRawSync(randomBytes(64 * 1024)))
    )
    const wheel = await readOne(WHEEL, buildZip([{ name: 'lib.so', data }]))
    expect(wheel.entries[0]?.sha256).toBe(sha256(data))
    expect(wheel.problems).toEqual([])
  })
})
