/**
 * Section titles and transitions (reStructuredText markup specification §
 * Sections, Transitions): adornment lengths, overline/underline agreement,
 * title levels in order of first use, titles only where sections may be,
 * and transitions only between body elements.
 */
import { type RstDocument, report } from './rst-document.js'
import { scanInline } from './rst-inline-markup.js'
import { ADORNMENT, columnWidth, normalizeRefName, type RstLine } from './rst-text.js'

/** What came last at the top level, for the transition rules. */
export type TopLevel = 'start' | 'title' | 'transition' | 'element'

/**
 * Opens a section titled `title`, adorned in `style`, as docutils'
 * `check_subsection` does: a known style closes sections up to its level;
 * a new style may only open a subsection one level down.
 */
export function openSection(
  doc: RstDocument,
  title: RstLine,
  style: string,
  line: number
): void {
  scanInline(doc, title.text.trim(), title.line)
  const name = normalizeRefName(plainTitle(title.text))
  if (name) doc.targets.push({ name, explicit: false, uri: null, line: title.line })
  const known = doc.titleStyles.indexOf(style)
  if (known < 0 && doc.titleStyles.length === doc.sectionLevel) {
    doc.titleStyles.push(style)
    doc.sectionLevel++
    return
  }
  if (known >= 0 && known + 1 <= doc.sectionLevel + 1) {
    doc.sectionLevel = known + 1
    return
  }
  report(doc, 'SEVERE', line, 'Title level inconsistent:')
}

// The text a title's implicit target is named by: inline markup removed.
function plainTitle(text: string): string {
  return text
    .trim()
    .replace(/``(.+?)``/g, '$1')
    .replace(/:[\w-]+:`([^`]+)`/g, '$1')
    .replace(/`([^`<]+?)\s*(?:<[^>]*>)?`__?/g, '$1')
    .replace(/\*\*?([^*]+)\*\*?/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\(.)/g, '$1')
}

/** Whether `text` is a line of one repeated punctuation character. */
export function isAdornment(text: string): boolean {
  return ADORNMENT.test(text)
}

/**
 * An underlined title at `at` (title) and `at + 1` (underline); returns
 * false when docutils reads the pair as ordinary text instead.
 */
export function underlinedTitle(
  doc: RstDocument,
  lines: readonly RstLine[],
  at: number,
  titles: boolean
): boolean {
  const title = lines[at] as RstLine
  const underline = (lines[at + 1] as RstLine).text
  if (columnWidth(title.text) > underline.length) {
    if (underline.length < 4) return false
    report(doc, 'WARNING', title.line + 1, 'Title underline too short.')
  }
  if (!titles) {
    report(doc, 'SEVERE', title.line + 1, 'Unexpected section title.')
    return true
  }
  openSection(doc, title, underline[0] ?? '', title.line)
  return true
}

/**
 * An overline at `at`: a title over- and underlined, or (followed by a
 * blank line) a transition. Returns the index after it, or -1 when
 * docutils reads the line as ordinary text.
 */
export function overlinedTitle(
  doc: RstDocument,
  lines: readonly RstLine[],
  at: number,
  titles: boolean,
  last: { value: TopLevel; line: number }
): number {
  const overline = (lines[at] as RstLine).text
  const next = lines[at + 1]
  const short = overline.length < 4
  if (!next || next.text === '') {
    if (short) return -1
    transition(doc, lines[at] as RstLine, titles, last)
    return at + 1
  }
  if (isAdornment(next.text)) {
    if (short) return -1
    report(doc, 'ERROR', next.line, 'Invalid section title or transition marker.')
    return at + 2
  }
  const underline = lines[at + 2]
  const problem = !underline
    ? 'Incomplete section title.'
    : !isAdornment(underline.text)
      ? 'Missing matching underline for section title overline.'
      : underline.text !== overline
        ? 'Title overline & underline mismatch.'
        : null
  if (problem) {
    if (short) return -1
    report(doc, 'SEVERE', (lines[at] as RstLine).line, problem)
    return Math.min(at + 3, lines.length)
  }
  if (columnWidth(next.text.trimEnd()) > overline.length) {
    if (short) return -1
    report(doc, 'WARNING', (lines[at] as RstLine).line, 'Title overline too short.')
  }
  if (!titles) report(doc, 'SEVERE', next.line, 'Unexpected section title.')
  else openSection(doc, next, `${overline[0] ?? ''}${overline[0] ?? ''}`, next.line)
  last.value = 'title'
  return at + 3
}

function transition(
  doc: RstDocument,
  line: RstLine,
  titles: boolean,
  last: { value: TopLevel; line: number }
): void {
  if (!titles) return
  if (last.value === 'start' || last.value === 'title') {
    report(doc, 'ERROR', line.line, 'Document or section may not begin with a transition.')
  } else if (last.value === 'transition') {
    report(
      doc,
      'ERROR',
      line.line,
      'At least one body element must separate transitions; adjacent transitions are not allowed.'
    )
  }
  last.value = 'transition'
  last.line = line.line
}
