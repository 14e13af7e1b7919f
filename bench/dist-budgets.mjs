// The artifact budgets of the design, each as a ratio to a floor measured
// in the same run: digests vs `openssl dgst -sha256`; the whole read vs a
// single-threaded streaming RECORD verifier in Python and vs `twine check`;
// and the reading process's peak memory. BENCH_DIST=0 skips them;
// BENCH_DIST_RUNS sets how many times the slow ones run (median). The
// first run generates the dist (~20 s, 3 GB under bench/.work/).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { buildReader } from './dist-build.mjs'
import { ensureBenchDist } from './dist-fixture.mjs'

const DIGEST_RUNS = 5
const FULL_RUNS = Number(process.env.BENCH_DIST_RUNS ?? 1)
const MEMORY_BUDGET_MB = 200

/**
 * Wall time in ms of one run of a command, its CPU time (user + system,
 * from the shell's `times`) and its stdout.
 */
function timed(cmd, args, options = {}) {
  const start = process.hrtime.bigint()
  const r = spawnSync(
    'sh',
    ['-c', '"$@"; s=$?; times >&2; exit $s', 'sh', cmd, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 26, ...options }
  )
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`)
  const children = r.stderr.trim().split('\n').at(-1) ?? ''
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)]
    .map(([, m, sec]) => (Number(m) * 60 + Number(sec)) * 1000)
    .reduce((a, b) => a + b, 0)
  return { ms, cpuMs, stdout: r.stdout }
}

/** Median over `runs` of each command, run in turns so load hits all alike. */
function medians(runs, commands) {
  const runsOf = commands.map(() => [])
  for (let i = 0; i < runs; i++)
    commands.forEach(([cmd, args, options], k) =>
      runsOf[k].push(timed(cmd, args, options))
    )
  return runsOf.map(r => r.sort((a, b) => a.ms - b.ms)[r.length >> 1])
}

/** One budget: the wall-time ratio decides; the CPU-time ratio explains. */
function line(name, ours, floor, budget, floorName) {
  const ratio = ours.ms / floor.ms
  const verdict = ratio <= budget ? `within ${budget}x` : `OVER ${budget}x`
  const cpu = (ours.cpuMs / floor.cpuMs).toFixed(2)
  console.log(
    `${name.padEnd(44)} ${ours.ms.toFixed(0).padStart(8)} ms  ${ratio.toFixed(2).padStart(6)}x of ${floorName}  ${verdict}  (CPU ${(ours.cpuMs / 1000).toFixed(1)} s vs ${(floor.cpuMs / 1000).toFixed(1)} s: ${cpu}x)`
  )
}

function found(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
}

export function distBudgets() {
  if (process.env.BENCH_DIST === '0') return
  const { dist, twine } = ensureBenchDist()
  const reader = buildReader()
  const files = readdirSync(dist).map(f => path.join(dist, f))
  const twineFiles = readdirSync(twine).map(f => path.join(twine, f))
  const ours = mode => [
    process.execPath,
    ['bench/dist-read-child.mjs', reader, dist, mode]
  ]
  // Warm the page cache: every floor and ours then read from memory.
  timed('openssl', ['dgst', '-sha256', ...files, ...twineFiles])

  const [openssl, digests] = medians(DIGEST_RUNS, [
    ['openssl', ['dgst', '-sha256', ...files]],
    ours('digests')
  ])
  console.log(
    `\nartifacts: ${files.length} files in ${dist} (digests: median of ${DIGEST_RUNS}; whole read: median of ${FULL_RUNS}); load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`
  )
  if (loadavg()[0] > availableParallelism() / 2)
    console.log(
      'the machine is busy: wall-time ratios of our multi-threaded reading read high; the CPU ratios stay comparable'
    )
  line('digests of every artifact', digests, openssl, 1.3, 'openssl dgst')

  const slow = [
    ours('full'),
    ['python3', ['bench/record_verifier.py', ...files]]
  ]
  const withTwine = found('twine')
  if (withTwine)
    slow.push([
      'twine',
      ['check', ...twineFiles],
      { env: { ...process.env, NO_COLOR: '1' } }
    ])
  const [full, verifier, twineCheck] = medians(FULL_RUNS, slow)
  const read = JSON.parse(full.stdout)
  console.log(
    `whole read: ${read.artifacts} artifacts, ${read.entries} members, ${(read.inflated / 1e9).toFixed(2)} GB inflated and hashed, ${read.problems} problems`
  )
  console.log(
    `whole read CPU: main thread ${read.mainCpuS.toFixed(1)} s (hashing, parsing), other threads ${read.otherCpuS.toFixed(1)} s (inflating on the thread pool, file reads, GC)`
  )
  line('whole read vs Python RECORD verifier', full, verifier, 0.5, 'verifier')
  if (twineCheck)
    line('whole read vs twine check', full, twineCheck, 1, 'twine')
  else
    console.log(
      'twine not found (apt-get install -y twine): comparison skipped'
    )
  const verdict = read.maxRssMb <= MEMORY_BUDGET_MB ? 'within' : 'OVER'
  console.log(
    `${'peak memory of the whole read'.padEnd(44)} ${read.maxRssMb.toFixed(0).padStart(8)} MB  ${verdict} ${MEMORY_BUDGET_MB} MB`
  )
}
