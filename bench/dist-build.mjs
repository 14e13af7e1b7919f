// Compiles just the artifact reader (and what it imports) for the bench,
// so the bench runs the current sources without touching the bundle.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const WORK = 'bench/.work'

/** Path of the compiled `readDist` module. */
export function buildReader() {
  mkdirSync(WORK, { recursive: true })
  const config = path.join(WORK, 'tsconfig.dist-reader.json')
  writeFileSync(
    config,
    JSON.stringify({
      extends: '../../tsconfig.build.json',
      compilerOptions: { outDir: 'build', rootDir: '../../src' },
      include: ['../../src/io/dist/**/*.ts']
    })
  )
  execFileSync('node_modules/.bin/tsc', ['-p', config], { stdio: 'inherit' })
  return path.resolve(WORK, 'build/io/dist/read-dist.js')
}
