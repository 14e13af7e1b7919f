// The realistic dist the artifact budgets are measured on: generated once
// by bench/make-dist.py and cached under bench/.work/, regenerated only
// when the generator or its arguments change.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const GENERATOR = 'bench/make-dist.py'
const ROOT = 'bench/.work/dist-bench'
const ARGS = ['--wheels', '60', '--total-size', '1.5e9']

/** Paths of the cached dist (60 wheels and an sdist) and of its twine copy. */
export function ensureBenchDist() {
  const dist = path.join(ROOT, 'dist')
  const twine = path.join(ROOT, 'twine')
  const stampFile = path.join(ROOT, 'stamp.json')
  const stamp = JSON.stringify({
    generator: createHash('sha256')
      .update(readFileSync(GENERATOR))
      .digest('hex'),
    args: ARGS
  })
  const cached =
    existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp
  if (!cached) {
    console.log(`generating the bench dist into ${ROOT} (once) …`)
    rmSync(ROOT, { recursive: true, force: true })
    const r = spawnSync(
      'python3',
      [GENERATOR, dist, ...ARGS, '--twine-copy', twine],
      { stdio: ['ignore', 'ignore', 'inherit'] }
    )
    if (r.status !== 0) throw new Error(`${GENERATOR} exited ${r.status}`)
    writeFileSync(stampFile, stamp)
  }
  return { dist, twine }
}
