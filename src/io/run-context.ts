import { readFileSync, statSync } from 'node:fs'
import type { RunContext } from '../engine/index.js'

// An event payload is a few KB; anything far larger is not one.
const MAX_EVENT_BYTES = 16 * 1024 * 1024

/**
 * Reads the run's ref, event name and release tag from the runner's
 * environment (GitHub, Gitea and Forgejo use the same variables).
 */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  return {
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    releaseTagName: releaseTagName(env.GITHUB_EVENT_PATH)
  }
}

function releaseTagName(eventPath: string | undefined): string {
  if (!eventPath) return ''
  try {
    if (statSync(eventPath).size > MAX_EVENT_BYTES) return ''
    const payload: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
    const release = (payload as { release?: { tag_name?: unknown } }).release
    return typeof release?.tag_name === 'string' ? release.tag_name : ''
  } catch {
    // No readable payload is the same as a payload without a release.
    return ''
  }
}
