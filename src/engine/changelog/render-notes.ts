import type { Changelog, ChangelogEntry } from './changelog-entry.js'
import { bodyLines } from './entry-content.js'
import { scanMarkdownHeadings } from './markdown-headings.js'
import { rstTargets, withUsedDefinitions } from './reference-links.js'
import { rstToMarkdown } from './rst-to-markdown.js'
import { TextLines, isBlank, isThematicBreak } from './text-lines.js'
import { formatVersion, parseVersion } from '../version/pep440.js'

/**
 * An entry's body as GitHub Markdown release notes: reStructuredText is
 * converted, Markdown keeps its text and gains the definitions of the
 * reference links it uses. Whole-line HTML comments, sub-headings with
 * nothing under them and separators at either end are left out.
 */
export function renderEntryNotes(
  changelog: Changelog,
  entry: ChangelogEntry
): string {
  const body = bodyLines(changelog.lines, entry)
  const markdown =
    changelog.format === 'rst'
      ? rstToMarkdown(body, rstTargets(changelog.lines))
      : withUsedDefinitions(body, changelog.lines)
  return trimSeparators(dropEmptySections(dropComments(markdown))).join('\n')
}

function dropComments(lines: readonly string[]): string[] {
  const out: string[] = []
  let inComment = false
  for (const line of lines) {
    const trimmed = line.trim()
    if (!inComment && !trimmed.startsWith('<!--')) {
      out.push(line)
      continue
    }
    const end = trimmed.lastIndexOf('-->')
    if (end < 0) inComment = true
    else if (end + 3 === trimmed.length) inComment = false
    else {
      // Text after the comment closes it on the same line: keep the line.
      inComment = false
      out.push(line)
    }
  }
  return out
}

// Template sub-headings (`### Fixed` with nothing below) say nothing.
function dropEmptySections(markdown: readonly string[]): string[] {
  // Converted text may hold line ends inside an item; split it again.
  const text = TextLines.of(markdown)
  const lines = text.slice()
  const headings = scanMarkdownHeadings(text).all()
  const drop = new Set<number>()
  headings.forEach((h, k) => {
    let end = lines.length
    for (let j = k + 1; j < headings.length; j++) {
      const next = headings[j] as (typeof headings)[number]
      if (next.level <= h.level) {
        end = next.start
        break
      }
    }
    const inner = new Set<number>()
    for (let j = k + 1; j < headings.length; j++) {
      const next = headings[j] as (typeof headings)[number]
      if (next.start >= end) break
      for (let i = next.start; i <= next.end; i++) inner.add(i)
    }
    let empty = true
    for (let i = h.end + 1; i < end && empty; i++) {
      if (!inner.has(i) && !isBlank(lines[i] as string)) empty = false
    }
    if (empty) for (let i = h.start; i <= h.end; i++) drop.add(i)
  })
  return lines.filter((_, i) => !drop.has(i))
}

function trimSeparators(lines: readonly string[]): string[] {
  let from = 0
  let to = lines.length
  const skippable = (line: string): boolean =>
    isBlank(line) || isThematicBreak(line)
  while (from < to && skippable(lines[from] as string)) from++
  while (to > from && skippable(lines[to - 1] as string)) to--
  return lines.slice(from, to)
}

/** The notes used when the changelog has none for the release. */
export function generatedNotes(input: {
  readonly version: string
  readonly projectName?: string
}): string {
  const version = parseVersion(input.version)
  const shown = version ? formatVersion(version) : input.version
  return input.projectName
    ? `Release ${shown} of ${input.projectName}.`
    : `Release ${shown}.`
}

/**
 * The notes ending with a link to the release's page on the package index,
 * named for the index (`PyPI`, `TestPyPI`, else its host).
 */
export function withIndexLink(
  notes: string,
  input: {
    readonly version: string
    readonly projectName?: string
    readonly indexLink?: string
  }
): string {
  if (!input.indexLink) return notes
  const version = parseVersion(input.version)
  const shown = version ? formatVersion(version) : input.version
  const label = input.projectName ? `${input.projectName} ${shown}` : shown
  return `${notes}\n\n**On ${indexName(input.indexLink)}:** [${label}](${input.indexLink})`
}

function indexName(link: string): string {
  const host = /^https?:\/\/([^/:?#]{1,253})/i.exec(link)?.[1]?.toLowerCase()
  if (host === 'pypi.org' || host === 'www.pypi.org') return 'PyPI'
  if (host === 'test.pypi.org') return 'TestPyPI'
  return host ?? 'the package index'
}
