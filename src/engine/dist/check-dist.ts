/**
 * The artifact checks of a release: everything in `dist/`, judged from the
 * facts the reader gathered, against the project and what the caller
 * expects. Pure: no file is opened here.
 */
import { artifactRef, capPerId } from './artifact-finding.js'
import { checkArtifact, type ArtifactResult } from './artifact-checks.js'
import type { DistFacts } from './artifact-facts.js'
import { checkCoverage } from './dist-coverage.js'
import type {
  PlatformFamily,
  ProjectIdentity,
  WheelCount
} from './dist-expectations.js'
import { checkOtherEntries } from './dist-folder-checks.js'
import { checkIdentities } from './identity-checks.js'
import { summarizeWheels, type WheelTable } from './wheel-summary.js'
import { type Finding, finding } from '../report/finding.js'

/** What `checkDist` needs. */
export interface DistCheckInput {
  readonly dist: DistFacts
  readonly project: ProjectIdentity
  /** `expected-wheels`, or `null` when not constrained. */
  readonly expectedWheels: WheelCount | null
  /** `expected-platforms`: families that must each have a wheel. */
  readonly expectedPlatforms: readonly PlatformFamily[]
  /** `require-sdist`. */
  readonly requireSdist: boolean
}

/** One artifact as the `artifacts` output lists it. */
export interface ArtifactSummary {
  /** File name within `dist/`. */
  readonly name: string
  readonly kind: 'wheel' | 'sdist'
  readonly size: number
  /** Hex sha256 of the file. */
  readonly sha256: string
}

/** Everything the artifact checks found and the facts they hand on. */
export interface DistVerdict {
  readonly findings: readonly Finding[]
  /** Every wheel and sdist, in the reader's order. */
  readonly artifacts: readonly ArtifactSummary[]
  readonly wheelCount: number
  /** File name of the sdist, or `null` when there is none. */
  readonly sdist: string | null
  /** Wheels by python tag and platform, for the summary. */
  readonly wheelTable: WheelTable
}

/** Checks the artifacts in `dist/`. */
export function checkDist(input: DistCheckInput): DistVerdict {
  const { dist } = input
  const refOf = (file: string): ReturnType<typeof artifactRef> =>
    artifactRef(dist.folder, file)
  const results = dist.artifacts.map(a => checkArtifact(refOf(a.file), a))
  const wheels = results.flatMap(r => (r.wheel ? [r.wheel] : []))
  const sdists = dist.artifacts.filter(a => a.kind === 'sdist')
  const findings = [
    ...emptyFindings(input),
    ...checkOtherEntries(refOf, dist.others),
    ...mergeRepeated(results.flatMap(r => capPerId(r.findings))),
    ...checkIdentities(identities(results), input.project),
    ...(dist.artifacts.length === 0
      ? []
      : checkCoverage({
          folder: dist.folder,
          wheelCount: dist.artifacts.length - sdists.length,
          wheels,
          sdists: sdists.map(s => refOf(s.file)),
          expectedWheels: input.expectedWheels,
          expectedPlatforms: input.expectedPlatforms,
          requireSdist: input.requireSdist
        }))
  ]
  return {
    findings,
    artifacts: dist.artifacts.map(a => ({
      name: a.file,
      kind: a.kind,
      size: a.size,
      sha256: a.sha256
    })),
    wheelCount: dist.artifacts.length - sdists.length,
    sdist: sdists[0]?.file ?? null,
    wheelTable: summarizeWheels(
      wheels.map(w => ({ file: w.ref.file, wheel: w.wheel }))
    )
  }
}

function identities(
  results: readonly ArtifactResult[]
): NonNullable<ArtifactResult['identity']>[] {
  return results.flatMap(r => (r.identity ? [r.identity] : []))
}

function emptyFindings(input: DistCheckInput): Finding[] {
  if (input.dist.artifacts.length > 0) return []
  const required =
    (input.expectedWheels?.min ?? 0) > 0 ||
    input.requireSdist ||
    input.expectedPlatforms.length > 0
  return [
    finding(
      'dist/empty',
      required ? 'error' : 'warning',
      `"${input.dist.folder}" holds no wheel or sdist${required ? ', but `expected-wheels`, `expected-platforms` or `require-sdist` asks for artifacts' : ''}.`,
      {
        file: input.dist.folder,
        hint: 'Build (or download the build jobs\' artifacts) into this folder before this step, or point `dist` at the folder that holds them.'
      }
    )
  ]
}

// Every wheel of a release carries the same METADATA, so one broken README
// would be reported once per wheel: report each metadata finding once,
// saying how many artifacts share it.
function mergeRepeated(findings: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>()
  const key = (f: Finding): string => `${f.id}\n${f.message}`
  for (const f of findings) {
    if (f.id.startsWith('metadata/')) {
      counts.set(key(f), (counts.get(key(f)) ?? 0) + 1)
    }
  }
  const out: Finding[] = []
  for (const f of findings) {
    const n = counts.get(key(f))
    if (n === undefined) out.push(f)
    else if (n > 0) {
      counts.set(key(f), 0)
      out.push(
        n === 1
          ? f
          : { ...f, message: `${f.message} (The same in ${n - 1} other artifacts.)` }
      )
    }
  }
  return out
}
