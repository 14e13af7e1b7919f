import type {
  ChangelogFormat,
  ChangelogEntry,
  Heading
} from './changelog-entry.js'
import { scanMarkdownHeadings } from './markdown-headings.js'
import { adornmentOf, scanRstHeadings } from './rst-headings.js'
import { TextLines, isBlank, isThematicBreak } from './text-lines.js'

const MD_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:/
// Template lines a changelog keeps until there is something to say.
const PLACEHOLDERS = new Set([
  'nothing changed yet',
  'nothing yet',
  'no changes yet',
  'tbd',
  'todo',
  'add your changes here',
  '...',
  '…'
])
const PLACEHOLDER_PREFIX = 'short description of'
const MAX_PLACEHOLDER = 200

/** The lines of an entry's body, empty when it has none. */
export function bodyLines(lines: TextLines, entry: ChangelogEntry): string[] {
  if (entry.bodyStart === null || entry.bodyEnd === null) return []
  return lines.slice(entry.bodyStart - 1, entry.bodyEnd)
}

/**
 * True when a body says something: a line other than headings, comments,
 * separators, link definitions, labels and template placeholders such as
 * `- Nothing changed yet.`
 */
export function hasContent(
  body: readonly string[],
  format: ChangelogFormat
): boolean {
  const headings =
    format === 'markdown'
      ? scanMarkdownHeadings(TextLines.of(body)).all()
      : scanRstHeadings(body)
  const skip = new Set<number>()
  for (const h of headings) markHeading(skip, h)
  let inComment = false
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as string
    if (inComment) {
      inComment = !line.includes('-->')
      continue
    }
    if (line.trimStart().startsWith('<!--')) {
      inComment = !line.includes('-->')
      continue
    }
    if (skip.has(i) || isBlank(line) || isFurniture(line)) continue
    if (!isPlaceholder(line)) return true
  }
  return false
}

function markHeading(skip: Set<number>, h: Heading): void {
  for (let i = h.start; i <= h.end; i++) skip.add(i)
}

// Separators, link definitions, RST comments, labels and targets.
function isFurniture(line: string): boolean {
  if (adornmentOf(line) !== null || isThematicBreak(line)) return true
  if (MD_DEFINITION.test(line)) return true
  const trimmed = line.trimStart()
  return trimmed.startsWith('..') && !trimmed.includes('::')
}

/** True for a template line such as `- Nothing changed yet.` or `TBD`. */
export function isPlaceholder(line: string): boolean {
  if (line.length > MAX_PLACEHOLDER) return false
  let text = line.trim().replace(/^[-*+][ \t]+/, '')
  text = text.replace(/[\\[\]*_`]/g, '').trim()
  let end = text.length
  while (end > 0 && '.!:'.includes(text[end - 1] as string)) end--
  text = text.slice(0, end).toLowerCase()
  if (text === '') return true
  return PLACEHOLDERS.has(text) || text.startsWith(PLACEHOLDER_PREFIX)
}
