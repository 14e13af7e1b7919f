import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { buildZip } from './archive-builders.js'
import { problemIds, readOne, removeTempDists } from './temp-dist.js'

const WHEEL = 'pkg-1.0-py3-none-any.whl'
const END_SIZE = 22
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

afterAll(removeTempDists)

/**
 * The zip as a zip64 writer leaves it: the end record's count and offset
 * saturated, the real ones in a zip64 end record found through a locator.
 */
function asZip64(zip: Buffer, entries: number): Buffer {
  const endAt = zip.length - END_SIZE
  const directoryAt = zip.readUInt32LE(endAt + 16)
  const directorySize = zip.readUInt32LE(endAt + 12)
  const record = Buffer.alloc(56)
  record.writeUInt32LE(0x06064b50, 0)
  record.writeBigUInt64LE(44n, 4)
  record.writeBigUInt64LE(BigInt(entries), 24)
  record.writeBigUInt64LE(BigInt(entries), 32)
  record.writeBigUInt64LE(BigInt(directorySize), 40)
  record.writeBigUInt64LE(BigInt(directoryAt), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(endAt), 8)
  locator.writeUInt32LE(1, 16)
  const end = Buffer.from(zip.subarray(endAt))
  end.writeUInt16LE(0xffff, 8)
  end.writeUInt16LE(0xffff, 10)
  end.writeUInt32LE(0xffffffff, 16)
  return Buffer.concat([zip.subarray(0, endAt), record, locator, end])
}

/** Moves a member's local header offset into a zip64 extra field of its directory entry. */
function withZip64Offset(zip: Buffer): Buffer {
  const endAt = zip.length - END_SIZE
  const directoryAt = zip.readUInt32LE(endAt + 16)
  const entry = Buffer.from(zip.subarray(directoryAt, endAt))
  const nameLength = entry.readUInt16LE(28)
  const offset = entry.readUInt32LE(42)
  const extra = Buffer.alloc(12)
  extra.writeUInt16LE(0x0001, 0)
  extra.writeUInt16LE(8, 2)
  extra.writeBigUInt64LE(BigInt(offset), 4)
  entry.writeUInt32LE(0xffffffff, 42)
  entry.writeUInt16LE(extra.length, 30)
  const directory = Buffer.concat([entry.subarray(0, 46 + nameLength), extra])
  const end = Buffer.from(zip.subarray(endAt))
  end.writeUInt32LE(directory.length, 12)
  return Buffer.concat([zip.subarray(0, directoryAt), directory, end])
}

describe('the zip central directory', () => {
  const data = Buffer.from('print("hello")\n')

  test('a zip64 end record and locator are followed', async () => {
    const zip = buildZip([{ name: 'a.py', data }, { name: 'b.py', data }])
    const wheel = await readOne(WHEEL, asZip64(zip, 2))
    expect(wheel.entries.map(e => [e.name, e.sha256])).toEqual([
      ['a.py', sha256(data)],
      ['b.py', sha256(data)]
    ])
    expect(wheel.problems).toEqual([])
  })

  test('a zip64 extra field gives the overflowed local header offset', async () => {
    const wheel = await readOne(WHEEL, withZip64Offset(buildZip([{ name: 'a.py', data }])))
    expect(wheel.entries).toEqual([{ name: 'a.py', size: data.length, sha256: sha256(data), kind: 'file' }])
  })

  test('an archive comment after the end record is allowed for', async () => {
    const zip = buildZip([{ name: 'a.py', data }])
    const comment = Buffer.from('built by hand; zipfile reads it too')
    zip.writeUInt16LE(comment.length, zip.length - END_SIZE + 20)
    const wheel = await readOne(WHEEL, Buffer.concat([zip, comment]))
    expect(wheel.entries.map(e => e.name)).toEqual(['a.py'])
    expect(wheel.problems).toEqual([])
  })

  test('a zip spanning several disks is refused', async () => {
    const zip = buildZip([{ name: 'a.py', data }])
    zip.writeUInt16LE(1, zip.length - END_SIZE + 4)
    const wheel = await readOne(WHEEL, zip)
    expect(problemIds(wheel)).toEqual(['dist/corrupt-archive'])
    expect(wheel.problems[0]?.message).toMatch(/several disks/)
  })

  test('a local header without its signature is a problem of that member', async () => {
    const zip = buildZip([{ name: 'a.py', data }, { name: 'b.py', data }])
    zip.writeUInt32LE(0, 0)
    const wheel = await readOne(WHEEL, zip)
    expect(wheel.entries.map(e => [e.name, e.sha256 !== null])).toEqual([
      ['a.py', false],
      ['b.py', true]
    ])
    expect(wheel.problems).toEqual([expect.objectContaining({ id: 'dist/corrupt-archive', entry: 'a.py' })])
  })
})
