import { run } from './run.js'

// Deliberately not awaited: without top-level await the bundler places the
// whole action at the top level of dist/index.js instead of inside a module
// function, so V8 parses it once instead of twice, a good part of start-up.
// run() reports its own failures; this catch is for a failure to report.
run().catch((error: unknown) => {
  process.exitCode = 1
  process.stderr.write(`pypi-preflight: ${String(error)}\n`)
})
