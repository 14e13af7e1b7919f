import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { uploadCheckedFiles } from '../../src/io/upload-artifact.js'
import {
  fakeRuntimeToken,
  startArtifactService,
  type FakeArtifactService
} from '../fakes/artifact-service.js'

/** The members of a zip, read from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extra = zip.readUInt16LE(at + 30)
    const comment = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString()
    const dataAt =
      local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(dataAt, dataAt + compressed)
    out.set(name, method === 0 ? raw.subarray(0, size) : inflateRawSync(raw))
    at += 46 + nameLength + extra + comment
  }
  return out
}

describe('uploadCheckedFiles', () => {
  let service: FakeArtifactService
  beforeAll(async () => {
    service = await startArtifactService()
    process.env.ACTIONS_RESULTS_URL = service.url
    process.env.ACTIONS_RUNTIME_TOKEN = fakeRuntimeToken()
  })
  afterAll(async () => {
    delete process.env.ACTIONS_RESULTS_URL
    delete process.env.ACTIONS_RUNTIME_TOKEN
    await service.close()
  })

  test('uploads exactly the checked files, byte for byte, as one artifact', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'upload-'))
    const dist = 'examples/demo-project/dist'
    const sums = path.join(dir, 'SHA256SUMS')
    const notes = path.join(dir, 'release-notes.md')
    const files = [
      'acme_weather-1.4.0-py3-none-any.whl',
      'acme_weather-1.4.0.tar.gz'
    ].map(f => path.join(dist, f))
    writeFileSync(
      sums,
      files
        .map(
          f =>
            `${createHash('sha256').update(readFileSync(f)).digest('hex')}  ${path.basename(f)}\n`
        )
        .join('')
    )
    writeFileSync(notes, '### Added\n\n- Things.\n')
    const result = await uploadCheckedFiles(
      'release-files',
      [...files, sums, notes],
      dir
    )
    expect(result.id).toBe(4242)
    const zip = service.blobs.get('release-files')
    expect(zip).toBeDefined()
    const members = unzip(zip as Buffer)
    expect([...members.keys()].sort()).toEqual([
      'SHA256SUMS',
      'acme_weather-1.4.0-py3-none-any.whl',
      'acme_weather-1.4.0.tar.gz',
      'release-notes.md'
    ])
    for (const file of [...files, sums, notes]) {
      expect(members.get(path.basename(file))?.equals(readFileSync(file))).toBe(
        true
      )
    }
    expect(service.finalized).toEqual([
      expect.objectContaining({
        name: 'release-files',
        hash: `sha256:${result.digest}`
      })
    ])
    expect(
      createHash('sha256')
        .update(zip as Buffer)
        .digest('hex')
    ).toBe(result.digest)
  })
})
