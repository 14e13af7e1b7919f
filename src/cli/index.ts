import { readFileSync } from 'node:fs'
import { main } from './main.js'

// `pypi-preflight version --sort | head` closes the pipe early; that is
// not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// Not awaited at the top level, for the start-up reason given in
// src/action/index.ts; main() turns every failure into an exit code.
void main(process.argv.slice(2), {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text),
  env: process.env,
  readStdin: () => readFileSync(0, 'utf8'),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
}).then(code => {
  process.exitCode = code
})
