import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** A recorded-shape index body from `__tests__/fixtures/pypi/`. */
export function pypiFixture(name: string): string {
  const url = new URL(`../../fixtures/pypi/${name}`, import.meta.url)
  return readFileSync(fileURLToPath(url), 'utf8')
}

/** The fixtures' digest of a file: the sha256 of its name. */
export function fixtureSha256(filename: string): string {
  return createHash('sha256').update(filename).digest('hex')
}
