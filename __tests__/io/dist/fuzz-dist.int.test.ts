import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { constants, gunzipSync, gzipSync } from 'node:zlib'
import { readDist } from '../../../src/io/dist/read-dist.js'
import type { ArchiveLimits } from '../../../src/io/dist/archive-limits.js'
import { removeTempDists, tempDist } from './temp-dist.js'
import { seededRandom } from '../../seeded-random.js'

/** Fixed, so a failure replays; set DIST_FUZZ_SEED to explore further. */
const SEED = Number(process.env.DIST_FUZZ_SEED ?? 20261102)
const CASES_PER_FILE = 80
const BATCH = 120
const LIMITS: Partial<ArchiveLimits> = {
  maxInflatedBytes: 64 * 1024 * 1024,
  bombMinBytes: 1024 * 1024,
  maxEntries: 10_000
}
const PROBLEM_IDS = new Set([
  'dist/corrupt-archive',
  'dist/zip-bomb',
  'dist/too-many-entries',
  'dist/too-many-problems',
  'dist/text-too-large',
  'dist/text-encoding',
  'dist/entry-name-encoding',
  'dist/encrypted-entry',
  'dist/unsupported-compression'
])

afterAll(removeTempDists)

const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0xffffffff]

/** One mutation of `data`: the kinds of damage a disk, a network or an attacker does. */
function mutate(data: Buffer, rand: () => number): Buffer {
  const at = (n = data.length): number => Math.floor(rand() * Math.max(1, n))
  const out = Buffer.from(data)
  switch (at(6)) {
    case 0:
      for (let k = 1 + at(8); k > 0; k--) out[at()] = at(256)
      return out
    case 1:
      return out.subarray(0, at())
    case 2: {
      const start = at()
      return Buffer.concat([out.subarray(0, start), out.subarray(start + 1 + at(64))])
    }
    case 3: {
      const start = at()
      const span = out.subarray(start, start + 1 + at(512))
      return Buffer.concat([out.subarray(0, start), span, out.subarray(start)])
    }
    case 4: {
      const value = INTERESTING[at(INTERESTING.length)] as number
      const offset = Math.min(at(), Math.max(0, out.length - 4))
      if (out.length >= 4) out.writeUInt32LE(value, offset)
      return out
    }
    default: {
      const start = at()
      const end = Math.min(out.length, start + 1 + at(64))
      return out.fill(rand() < 0.5 ? 0 : 0xff, start, end)
    }
  }
}

/** Mutates an sdist's tar half the time, so the damage gets past gzip. */
function mutateArtifact(name: string, data: Buffer, rand: () => number): Buffer {
  if (!name.endsWith('.tar.gz') || rand() < 0.5) return mutate(data, rand)
  // A truncated fixture inflates only as far as it goes.
  const tar = gunzipSync(data, { finishFlush: constants.Z_SYNC_FLUSH })
  return gzipSync(mutate(tar, rand))
}

function fixtureArtifacts(): { name: string; data: Buffer }[] {
  const root = path.resolve('__tests__/fixtures/dists')
  const found: { name: string; data: Buffer }[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(whl|tar\.gz)$/.test(name) && !full.includes('zip-bomb'))
        found.push({ name, data: readFileSync(full) })
    }
  }
  walk(root)
  return found
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} hung for ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

describe(`readDist on mutated fixtures (seed ${SEED})`, () => {
  const fixtures = fixtureArtifacts()
  const rand = seededRandom(SEED)
  const cases = fixtures.flatMap(({ name, data }) =>
    Array.from({ length: CASES_PER_FILE }, () => ({
      name,
      data: mutateArtifact(name, data, rand)
    }))
  )
  const batches = Array.from(
    { length: Math.ceil(cases.length / BATCH) },
    (_, i) => [i, cases.slice(i * BATCH, (i + 1) * BATCH)] as const
  )

  test('covers thousands of cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3000)
  })

  test.each(batches)('batch %i never throws, hangs or misreports a digest', async (index, batch) => {
    const files = Object.fromEntries(
      batch.map((c, i) => [`c${String(i).padStart(3, '0')}-${c.name}`, c.data])
    )
    const dist = tempDist({})
    for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dist, name), data)
    const facts = await withTimeout(
      readDist(dist, { limits: LIMITS }),
      30_000,
      `seed ${SEED} batch ${index}`
    )
    const summary = (facts?.artifacts ?? []).map(a => ({
      file: a.file,
      size: a.size,
      sha256: a.sha256,
      entriesBounded: a.entries.length <= 10_000,
      entriesWellFormed: a.entries.every(
        e => Number.isSafeInteger(e.size) && e.size >= 0 && (e.sha256 === null || /^[0-9a-f]{64}$/.test(e.sha256))
      ),
      unknownProblems: a.problems.map(p => p.id).filter(id => !PROBLEM_IDS.has(id))
    }))
    expect(summary).toEqual(
      Object.entries(files).map(([file, data]) => ({
        file,
        size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        entriesBounded: true,
        entriesWellFormed: true,
        unknownProblems: []
      }))
    )
  })
})
