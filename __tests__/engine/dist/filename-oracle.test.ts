/**
 * Wheel and sdist file names and platform families against Python's
 * `packaging`: the oracle is written by scripts/make-dist-oracle.py.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { platformFamilies } from '../../../src/engine/dist/platform-tags.js'
import { normalizeName } from '../../../src/engine/dist/project-name.js'
import { parseSdistFilename } from '../../../src/engine/dist/sdist-filename.js'
import {
  parseWheelFilename,
  tagText
} from '../../../src/engine/dist/wheel-filename.js'
import { normalizeVersion } from '../../../src/engine/version/pep440.js'

interface WheelCase {
  file: string
  valid: boolean
  name?: string
  version?: string
  build?: string | null
  tags?: string[]
}

interface SdistCase {
  file: string
  valid: boolean
  name?: string
  version?: string
  normalized_file?: string
}

const oracle = JSON.parse(
  readFileSync(
    new URL('../../fixtures/dist-oracle/oracle.json', import.meta.url),
    'utf8'
  )
) as {
  packaging_version: string
  wheels: WheelCase[]
  sdists: SdistCase[]
  platforms: { tag: string; families: string[] }[]
}

function wheelVerdict(file: string): WheelCase {
  const r = parseWheelFilename(file)
  if (!r.ok) return { file, valid: false }
  return {
    file,
    valid: true,
    name: r.wheel.normalizedName,
    version: normalizeVersion(r.wheel.version) ?? '',
    build: r.wheel.build,
    tags: r.wheel.tags.map(tagText)
  }
}

function sdistVerdict(file: string): SdistCase {
  const r = parseSdistFilename(file)
  if (!r.ok) return { file, valid: false }
  return {
    file,
    valid: true,
    name: normalizeName(r.sdist.name),
    version: normalizeVersion(r.sdist.version) ?? '',
    normalized_file: r.sdist.normalizedFile
  }
}

describe(`file names agree with packaging ${oracle.packaging_version}`, () => {
  test('the oracle holds hundreds of valid and invalid names', () => {
    for (const cases of [oracle.wheels, oracle.sdists]) {
      expect(cases.filter(c => c.valid).length).toBeGreaterThan(250)
      expect(cases.filter(c => !c.valid).length).toBeGreaterThan(150)
    }
  })

  test('every wheel file name parses as parse_wheel_filename reads it', () => {
    const wrong = oracle.wheels
      .map(c => ({ want: c, got: wheelVerdict(c.file) }))
      .filter(({ want, got }) =>
        want.valid
          ? JSON.stringify(got) !== JSON.stringify(want)
          : got.valid
      )
    expect(wrong).toEqual([])
  })

  test('every sdist file name parses as parse_sdist_filename reads it', () => {
    const wrong = oracle.sdists
      .map(c => ({ want: c, got: sdistVerdict(c.file) }))
      .filter(({ want, got }) =>
        want.valid
          ? JSON.stringify(got) !== JSON.stringify(want)
          : got.valid
      )
    expect(wrong).toEqual([])
  })

  test('platform tags map to the families packaging.tags accepts them on', () => {
    const wrong = oracle.platforms
      .map(p => ({ ...p, got: platformFamilies(p.tag).sort() }))
      .filter(p => JSON.stringify(p.got) !== JSON.stringify(p.families))
    expect(oracle.platforms.length).toBeGreaterThan(150)
    expect(wrong).toEqual([])
  })
})
