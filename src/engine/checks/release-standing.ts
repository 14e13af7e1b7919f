import {
  decideReadiness,
  type ReadinessDecision,
  type TagSource
} from '../readiness/decide-readiness.js'
import {
  decideIndex,
  type IndexDecision
} from '../package-index/decide-index.js'
import type { IndexResponse } from '../package-index/index-response.js'
import { readPublishedProject } from '../package-index/read-published-project.js'
import type { Finding } from '../report/finding.js'

/** The release tags readiness compares against, as the reader found them. */
export interface ReleaseTags {
  readonly tags: readonly string[]
  readonly source: TagSource
  /** Why the list may be missing or partial. */
  readonly note: string | null
}

/** Where the release stands against earlier releases and the index. */
export interface ReleaseStanding {
  /** Readiness mode's comparison with the latest release tag. */
  readonly readiness: ReadinessDecision | null
  /** The index's answer, when it was asked and a version is known. */
  readonly index: IndexDecision | null
  /** The changelog entry and the index check apply: a release is, or would be, made. */
  readonly releasing: boolean
  readonly findings: readonly Finding[]
}

/** What the standing is decided from. */
export interface StandingInput {
  readonly mode: 'release' | 'readiness'
  readonly version: string | null
  readonly prefix: string
  readonly projectName: string | null
  readonly releaseTags: ReleaseTags | null
  readonly indexResponse: IndexResponse | null
  readonly indexUrl: string
  readonly localArtifacts: readonly { name: string; sha256: string }[]
  readonly strict: boolean
}

// Readiness outcomes under which nothing would be released by merging.
const NOT_RELEASING = new Set(['unchanged', 'regressed'])

/**
 * Release mode always releases; readiness releases when the version moved
 * past the latest tag (or there is no tag to tell). Only then do the
 * changelog entry and the index matter: an unchanged version is already on
 * the index by definition.
 */
export function decideStanding(input: StandingInput): ReleaseStanding {
  const readiness =
    input.mode === 'readiness' && input.version !== null
      ? decideReadiness({
          version: input.version,
          prefix: input.prefix,
          tags: input.releaseTags?.tags ?? [],
          source: input.releaseTags?.source ?? 'none',
          note: input.releaseTags?.note ?? 'tags were not read'
        })
      : null
  const releasing = readiness === null || !NOT_RELEASING.has(readiness.outcome)
  const index =
    releasing && readiness?.outcome !== 'unknown' ? indexDecision(input) : null
  return {
    readiness,
    index,
    releasing,
    findings: [...(readiness?.findings ?? []), ...(index?.findings ?? [])]
  }
}

function indexDecision(input: StandingInput): IndexDecision | null {
  if (!input.indexResponse || !input.version || !input.projectName) return null
  return decideIndex({
    mode: input.mode,
    version: input.version,
    localArtifacts: input.localArtifacts,
    published: readPublishedProject(input.indexResponse, input.projectName),
    indexUrl: input.indexUrl,
    projectName: input.projectName,
    strict: input.strict
  })
}
