import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readDist, type ReadDistOptions } from '../../../src/io/dist/read-dist.js'
import type { ArtifactFacts } from '../../../src/engine/dist/artifact-facts.js'

const roots: string[] = []

/** A fresh folder under the system temp dir, removed by `removeTempDists`. */
export function tempFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dist-test-'))
  roots.push(root)
  return root
}

/** A `dist/` folder holding exactly `files` (name to bytes). */
export function tempDist(files: Record<string, Buffer>): string {
  const dist = path.join(tempFolder(), 'dist')
  mkdirSync(dist)
  for (const [name, bytes] of Object.entries(files))
    writeFileSync(path.join(dist, name), bytes)
  return dist
}

/** Reads a one-artifact dist built from `bytes`. */
export async function readOne(
  name: string,
  bytes: Buffer,
  options?: ReadDistOptions
): Promise<ArtifactFacts> {
  const facts = await readDist(tempDist({ [name]: bytes }), options)
  const artifact = facts?.artifacts[0]
  if (!artifact) throw new Error(`${name} was not read as an artifact`)
  return artifact
}

/** The ids of an artifact's problems, for `toContain` checks. */
export function problemIds(artifact: ArtifactFacts): string[] {
  return artifact.problems.map(problem => problem.id)
}

export function removeTempDists(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
}
