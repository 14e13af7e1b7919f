// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with
// ncc. TypeScript is compiled first because ncc resolves ESM-only
// dependencies only from JavaScript input.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })
const bin = name => `node_modules/.bin/${name}`

rmSync('build', { recursive: true, force: true })
rmSync('dist', { recursive: true, force: true })
run(bin('tsc'), ['-p', 'tsconfig.build.json'])
const ncc = entry => out =>
  run(bin('ncc'), [
    'build',
    entry,
    '-o',
    out,
    '--target',
    'es2022',
    '--license',
    'licenses.txt',
    '--quiet'
  ])
ncc('build/action/index.js')('dist')
ncc('build/cli/index.js')('dist/cli')

// V8 holds a script with any character past Latin-1 as two-byte text and
// scans it more slowly; the few such characters (arrows, ellipses, emoji in
// messages) become escapes, which mean the same in strings, regular
// expressions and comments. A raw template would see the difference.
for (const folder of ['dist', 'dist/cli'])
  for (const name of readdirSync(folder).filter(n => n.endsWith('.js'))) {
    const file = `${folder}/${name}`
    const text = readFileSync(file, 'utf8')
    if (text.includes('String.raw')) throw new Error(`${file} uses String.raw`)
    writeFileSync(
      file,
      text.replace(
        /[^\0-\x7f]/g,
        c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
      )
    )
  }

const cli = 'dist/cli/index.js'
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'))
chmodSync(cli, 0o755)
rmSync('build', { recursive: true, force: true })
