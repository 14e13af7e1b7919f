import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { ArchiveContents } from '../../../src/io/dist/archive-contents.js'
import { DEFAULT_LIMITS } from '../../../src/io/dist/archive-limits.js'
import { TarMembers } from '../../../src/io/dist/tar-members.js'
import { buildTar, paxHeader, type TarMember } from './archive-builders.js'

const FORMATS = path.resolve('__tests__/fixtures/dists/archive-formats')

/** Reads a plain tar fed in chunks of `size` bytes (whole when omitted). */
function read(tar: Buffer, size = tar.length) {
  const contents = new ArchiveContents('sdist', DEFAULT_LIMITS, { kept: 0 })
  const members = new TarMembers(contents, DEFAULT_LIMITS)
  for (let at = 0; at < tar.length; at += size)
    if (!members.write(tar.subarray(at, at + size))) break
  members.end()
  return contents.facts()
}

const file = (name: string, text: string): TarMember => ({ name, data: Buffer.from(text) })
const ids = (facts: ReturnType<typeof read>): string[] => facts.problems.map(p => p.id)

/** Rewrites a header's checksum after its bytes were edited. */
function reseal(tar: Buffer, header: number): Buffer {
  const block = tar.subarray(header, header + 512)
  block.fill(' ', 148, 156)
  const sum = block.reduce((total, byte) => total + byte, 0)
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return tar
}

describe('TarMembers', () => {
  test.each(['gnu', 'pax', 'ustar'])(
    "Python's %s layout reads the same whatever the chunk size",
    layout => {
      const tar = gunzipSync(readFileSync(path.join(FORMATS, `formats_${layout}-1.0.tar.gz`)))
      const whole = read(tar)
      expect(whole.problems).toEqual([])
      expect(whole.entries.length).toBeGreaterThan(5)
      for (const size of [1, 7, 511, 512, 513, 4096]) expect(read(tar, size)).toEqual(whole)
    }
  )

  test('a base-256 size is read as tarfile reads it', () => {
    const tar = buildTar([file('p/big', 'x'.repeat(700))])
    tar.fill(0, 124, 136)
    tar[124] = 0x80
    tar.writeUInt16BE(700, 134)
    expect(read(reseal(tar, 0)).entries).toEqual([
      expect.objectContaining({ name: 'p/big', size: 700 })
    ])
  })

  test('a pax size and path replace the header fields of the next member only', () => {
    const tar = buildTar([
      paxHeader({ path: 'p/renamed.py', size: '3' }),
      { name: 'p/stored.py', data: Buffer.from('abcdef') },
      file('p/next.py', 'next')
    ])
    expect(read(tar).entries.map(e => [e.name, e.size])).toEqual([
      ['p/renamed.py', 3],
      ['p/next.py', 4]
    ])
  })

  test('a GNU long name names the next member', () => {
    const long = `p/${'d/'.repeat(80)}m.py`
    const tar = buildTar([
      { name: '././@LongLink', type: 'L', data: Buffer.from(long + '\0') },
      file('p/short', 'x')
    ])
    expect(read(tar).entries.map(e => e.name)).toEqual([long])
  })

  test('an unknown type is listed as other and its data skipped', () => {
    const tar = buildTar([{ name: 'p/odd', type: 'Z', data: Buffer.alloc(1000, 1) }, file('p/after', 'y')])
    expect(read(tar).entries.map(e => [e.name, e.kind])).toEqual([
      ['p/odd', 'other'],
      ['p/after', 'file']
    ])
  })

  test('a bad checksum past the first member stops the reading, with a problem', () => {
    const tar = buildTar([file('p/a', 'a'), file('p/b', 'b'), file('p/c', 'c')])
    tar.writeUInt8(0x7f, 1024 + 10)
    const facts = read(tar)
    expect(facts.entries.map(e => e.name)).toEqual(['p/a'])
    expect(facts.problems).toEqual([
      expect.objectContaining({ id: 'dist/corrupt-archive', message: expect.stringContaining('checksum') })
    ])
  })

  test('an archive cut inside a header is truncated; cut at a header boundary it is not', () => {
    const tar = buildTar([file('p/a', 'a'), file('p/b', 'b')])
    expect(ids(read(tar.subarray(0, 1024 + 100)))).toEqual(['dist/corrupt-archive'])
    expect(read(tar.subarray(0, 1024)).problems).toEqual([])
    expect(ids(read(Buffer.alloc(0)))).toEqual(['dist/corrupt-archive'])
  })

  test('a malformed pax header is a problem; the member is still read', () => {
    const tar = buildTar([
      { name: 'PaxHeader', type: 'x', data: Buffer.from('99 path=x\n') },
      file('p/a', 'a')
    ])
    const facts = read(tar)
    expect(facts.entries.map(e => e.name)).toEqual(['p/a'])
    expect(ids(facts)).toEqual(['dist/corrupt-archive'])
  })
})
