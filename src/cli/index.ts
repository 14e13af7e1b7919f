import { readFileSync } from 'node:fs'
import { main } from './main.js'

process.exitCode = main(process.argv.slice(2), {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text),
  env: process.env,
  readStdin: () => readFileSync(0, 'utf8'),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
})
