import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readDist } from '../../../src/io/dist/read-dist.js'
import { writeSha256Sums } from '../../../src/io/dist/write-sha256-sums.js'
import type { DistFacts } from '../../../src/engine/dist/artifact-facts.js'
import { removeTempDists, tempDist } from './temp-dist.js'

afterAll(removeTempDists)

describe('writeSha256Sums', () => {
  test('writes what sha256sum prints, and sha256sum -c accepts it', async () => {
    const dist = tempDist({
      'pkg-1.0.tar.gz': Buffer.from('sdist'),
      'pkg-1.0-cp312-cp312-win_amd64.whl': Buffer.from('wheel 2'),
      'pkg-1.0-cp311-cp311-win_amd64.whl': Buffer.from('wheel 1')
    })
    const facts = (await readDist(dist, { contents: false })) as DistFacts
    const sums = path.join(dist, 'SHA256SUMS')
    await writeSha256Sums(
      facts.artifacts.map(a => ({ name: a.file, sha256: a.sha256 })),
      sums
    )
    const names = facts.artifacts.map(a => a.file).sort()
    const expected = execFileSync('sha256sum', names, { cwd: dist, encoding: 'utf8' })
    expect(readFileSync(sums, 'utf8')).toBe(expected)
    expect(() =>
      execFileSync('sha256sum', ['--check', '--quiet', 'SHA256SUMS'], { cwd: dist })
    ).not.toThrow()
  })

  test('escapes names as coreutils does, so each stays one line', async () => {
    const dist = tempDist({})
    const artifacts = ['b\\c.whl', 'a\nb.whl'].map(name => ({
      name,
      sha256: '0'.repeat(64)
    }))
    const sums = path.join(dist, 'SHA256SUMS')
    await writeSha256Sums(artifacts, sums)
    expect(readFileSync(sums, 'utf8')).toBe(
      `\\${'0'.repeat(64)}  a\\nb.whl\n\\${'0'.repeat(64)}  b\\\\c.whl\n`
    )
  })
})
