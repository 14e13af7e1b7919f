// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with
// ncc. TypeScript is compiled first because ncc resolves ESM-only
// dependencies only from JavaScript input.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

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

const cli = 'dist/cli/index.js'
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'))
chmodSync(cli, 0o755)
rmSync('build', { recursive: true, force: true })
