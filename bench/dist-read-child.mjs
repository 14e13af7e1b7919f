// Runs readDist in its own process, as the action would, and prints what
// it read and the process's peak memory as one JSON line.
//   node bench/dist-read-child.mjs READER DIST digests|full
import { existsSync, readdirSync, readFileSync } from 'node:fs'
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
/** CPU seconds of each thread of this process (Linux), main thread first. */
function threadCpu() {
  if (!existsSync('/proc/self/task')) return []
  return readdirSync('/proc/self/task')
    .sort((a, b) => Number(a) - Number(b))
    .map(tid => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return (Number(fields[11]) + Number(fields[12])) / 100
    })
}

const [main = 0, ...others] = threadCpu()
console.log(
  JSON.stringify({
    mainCpuS: main,
    otherCpuS: others.reduce((a, b) => a + b, 0),
    artifacts: facts.artifacts.length,
    entries,
    inflated,
    problems,
    maxRssMb: process.resourceUsage().maxRSS / 1024
  })
)
