import type { Finding } from './report/finding.js'
import { finding } from './report/finding.js'

/** What the CI run says about where it stands, read from its environment. */
export interface RunContext {
  /** `GITHUB_REF`, e.g. `refs/tags/v1.2.3` or `refs/heads/main`. */
  readonly ref: string
  /** `GITHUB_EVENT_NAME`, e.g. `push`, `release`, `pull_request`. */
  readonly eventName: string
  /** `release.tag_name` from the event payload, when there is one. */
  readonly releaseTagName: string
}

/** The mode the run is in and the tag it is about. */
export interface ResolvedRun {
  readonly mode: 'release' | 'readiness'
  /** Tag without `refs/tags/`; `null` when none applies. */
  readonly tag: string | null
  /** Where the tag came from, for the report. */
  readonly tagSource: 'input' | 'ref' | 'release-event' | null
  readonly findings: readonly Finding[]
}

/**
 * Picks the tag (input, then a tag ref, then the release event) and the
 * mode: `auto` is `release` exactly when a tag was found.
 */
export function resolveRun(
  mode: 'auto' | 'release' | 'readiness',
  tagInput: string,
  ctx: RunContext
): ResolvedRun {
  const found = findTag(tagInput, ctx)
  const resolved =
    mode === 'auto' ? (found.tag ? 'release' : 'readiness') : mode
  if (resolved === 'release' && !found.tag) {
    return {
      mode: resolved,
      ...found,
      findings: [
        finding(
          'tag/missing',
          'error',
          `Release mode needs a tag, but the input 'tag' is empty and the run's ref '${ctx.ref || '(none)'}' is not a tag.`,
          {
            hint: "Run on 'push: tags', on a 'release' event, or pass 'tag: v1.2.3'; use mode: readiness for branches and pull requests."
          }
        )
      ]
    }
  }
  return { mode: resolved, ...found, findings: [] }
}

function findTag(
  tagInput: string,
  ctx: RunContext
): Pick<ResolvedRun, 'tag' | 'tagSource'> {
  if (tagInput) return { tag: tagInput, tagSource: 'input' }
  if (ctx.ref.startsWith('refs/tags/')) {
    return { tag: ctx.ref.slice('refs/tags/'.length), tagSource: 'ref' }
  }
  if (ctx.eventName === 'release' && ctx.releaseTagName) {
    return { tag: ctx.releaseTagName, tagSource: 'release-event' }
  }
  return { tag: null, tagSource: null }
}
