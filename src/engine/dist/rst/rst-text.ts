/**
 * Text-level helpers for reading reStructuredText the way docutils reads
 * it: lines with tabs expanded and trailing whitespace dropped, indentation,
 * display width of East Asian text, punctuation classes of inline markup,
 * and reference-name normalization.
 */
import { lazy } from '../../lazy.js'

/** One source line, numbered from 1 in the long description. */
export interface RstLine {
  readonly text: string
  readonly line: number
}

/** One problem docutils would report at WARNING level or above. */
export interface RstProblem {
  readonly line: number
  readonly level: 'WARNING' | 'ERROR' | 'SEVERE'
  readonly message: string
}

/** Splits text into lines as docutils' `string2lines` does. */
export function toLines(text: string, first = 1): RstLine[] {
  return text.split(/\r\n|\r|\n|\v|\f/).map((raw, i) => ({
    text: expandTabs(raw).trimEnd(),
    line: first + i
  }))
}

function expandTabs(text: string): string {
  if (!text.includes('\t')) return text
  let out = ''
  for (const c of text) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c
  return out
}

/** Leading spaces of a line. */
export function indentOf(text: string): number {
  return text.length - text.trimStart().length
}

/** Whether the line is blank (docutils lines hold no trailing spaces). */
export function isBlank(line: RstLine | undefined): boolean {
  return line !== undefined && line.text.trim() === ''
}

// East Asian Wide and Fullwidth ranges: two columns each (unicodedata's
// east_asian_width 'W' and 'F'), as docutils' column_width counts them.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u
const combining = lazy(() => /\p{Mn}/u)

/** Display width in columns, as docutils' `column_width`. */
export function columnWidth(text: string): number {
  let width = 0
  for (const c of text) {
    if (combining().test(c)) continue
    width += WIDE.test(c) ? 2 : 1
  }
  return width
}

/** 7-bit punctuation that may adorn a section title or form a transition. */
export const ADORNMENT = /^([!-/:-@[-`{-~])\1* *$/

/** Whitespace-collapsed, lowercased: docutils' `fully_normalize_name`. */
export function normalizeRefName(name: string): string {
  return name.toLowerCase().trim().replace(/\s+/g, ' ')
}

/** Backslash escapes replaced by NUL + char, as docutils' `escape2null`. */
export function escapeToNull(text: string): string {
  return text.replace(/\\([\s\S]?)/g, '\0$1')
}
