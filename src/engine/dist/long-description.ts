/**
 * The long description: present, of a content type the index knows, and
 * renderable. The index renders it with readme_renderer and refuses the
 * upload when that fails: Markdown and plain text always render;
 * reStructuredText (also the default when no content type is given) fails
 * on any docutils warning or error.
 */
import { artifactFinding } from './artifact-finding.js'
import { parseContentType } from './content-type.js'
import { firstField, longDescription } from './core-metadata.js'
import { type MetadataContext, where } from './metadata-context.js'
import { checkRst } from './rst/check-rst.js'
import type { Finding } from '../report/finding.js'

/** Problems shown per description; docutils itself stops at the first. */
const MAX_RST_PROBLEMS = 5

/** `metadata/content-type`, `metadata/long-description(-missing)`. */
export function checkLongDescription(context: MetadataContext): Finding[] {
  const field = firstField(context.metadata, 'description-content-type')
  const type = field ? parseContentType(field.value) : null
  if (field && type && !type.ok) {
    return [
      artifactFinding(
        context.ref,
        'metadata/content-type',
        'error',
        `${where(context, field.line)}: Description-Content-Type "${field.value}" is refused by the index: ${type.reason}.`,
        'Set `[project].readme` to a .md, .rst or .txt file (or a table with `content-type`), and the backend writes a valid type.',
        field.line
      )
    ]
  }
  const description = longDescription(context.metadata)
  if (!description) {
    return [
      artifactFinding(
        context.ref,
        'metadata/long-description-missing',
        'warning',
        `${where(context)} has no long description, so the project page on the index will be empty.`,
        'Set `[project].readme = "README.md"` (or .rst).'
      )
    ]
  }
  const kind = type?.ok ? type.type : 'text/x-rst'
  if (kind !== 'text/x-rst') return []
  return checkRst(description.text)
    .slice(0, MAX_RST_PROBLEMS)
    .map(problem => {
      const line = description.line + problem.line - 1
      return artifactFinding(
        context.ref,
        'metadata/long-description',
        'error',
        `${where(context, line)} (line ${problem.line} of the long description): reStructuredText ${problem.level}: ${problem.message} The index refuses a description that does not render.`,
        field
          ? 'Fix the README (check it with `python -m readme_renderer README.rst`).'
          : 'No Description-Content-Type is set, so it is read as reStructuredText: if the README is Markdown, set `[project].readme = "README.md"` (the backend then writes text/markdown); otherwise fix the markup.',
        line
      )
    })
}
