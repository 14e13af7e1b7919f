import type { IndexResponse } from './index-response.js'
import { parseJsonApi } from './parse-json-api.js'
import { parseSimpleHtml } from './parse-simple-html.js'
import { parseSimpleJson } from './parse-simple-json.js'
import type { PublishedProject } from './published-project.js'

/**
 * What the index knows of the project: its versions, `'not-found'` (a
 * first release), or why it could not be told (the reason, human
 * readable).
 */
export type PublishedState =
  PublishedProject | 'not-found' | { readonly unreachable: string }

/**
 * Parses whatever the index answered into the project's versions. A body
 * that cannot be read counts as an unreachable index: the checks cannot
 * rely on it, and a warning says why.
 */
export function readPublishedProject(
  response: IndexResponse,
  projectName: string
): PublishedState {
  if (response.kind === 'not-found') return 'not-found'
  if (response.kind === 'unreachable') {
    return { unreachable: `${response.reason} (${response.url})` }
  }
  const parsed =
    response.source === 'json-api'
      ? parseJsonApi(response.body)
      : response.source === 'simple-json'
        ? parseSimpleJson(response.body, projectName)
        : parseSimpleHtml(response.body, projectName)
  if ('malformed' in parsed) {
    return {
      unreachable: `the answer from ${response.url} could not be read: ${parsed.malformed}`
    }
  }
  return parsed
}
