// Runs readDist in its own process, as the action would, and prints what
// it read and the process's peak memory as one JSON line.
//   node bench/dist-read-child.mjs READER DIST digests|full
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [reader, dist, mode] = process.argv.slice(2)
const { readDist } = await import(pathToFileURL(path.resolve(reader)).href)
const facts = await readDist(dist, { contents: mode !== 'digests' })
let entries = 0
let inflated = 0
let problems = 0
for (const artifact of facts.artifacts) {
  entries += artifact.entries.length
  problems += artifact.problems.length
  for (const entry of artifact.entries) inflated += entry.size
}
console.log(
  JSON.stringify({
    artifacts: facts.artifacts.length,
    entries,
    inflated,
    problems,
    maxRssMb: process.resourceUsage().maxRSS / 1024
  })
)
