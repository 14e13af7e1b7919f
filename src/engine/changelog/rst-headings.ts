import type { Heading } from './changelog-entry.js'
import { OffsetHeading } from './offset-heading.js'
import { OUTLINE_LEVELS } from './outline.js'
import { LineOpening, type TextLines, isBlank } from './text-lines.js'

// docutils: any non-alphanumeric printable 7-bit ASCII character may adorn.
const ADORNMENT_CHARS = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')
const BULLET = /^[-*+\u2022\u2023\u2043](?:[ \t]|$)/
// A line of adornment characters, whitespace after it: the only lines
// that can make a title, above or below its text, when the characters are
// all one. That is checked on the line itself: a repeat of the first
// character, as a backreference, would backtrack a step per character.
const ADORNMENT_CHARS_CLASS = '[!-/:-@[-`{-~]'
const ADORNMENT_SOURCE = `${ADORNMENT_CHARS_CLASS}+[^\\S\\n]*(?=\\n|$)`
const ADORNMENT_LINE = new LineOpening(new RegExp(ADORNMENT_SOURCE))
// Sub-titles left out before the search passes over them.
const PASS_OVER_FROM = 32

/**
 * The adornment character of a line made of one repeated punctuation
 * character from column 0 (trailing whitespace allowed), else `null`.
 */
export function adornmentOf(line: string): string | null {
  const ch = line[0]
  if (ch === undefined || !ADORNMENT_CHARS.has(ch)) return null
  return runOf(ch).test(line) ? ch : null
}

// A line of `ch` alone, whitespace after it: checked natively, one pattern
// a character (a single-character repeat does not backtrack step by step).
const RUNS = new Map<string, RegExp>()

function runOf(ch: string): RegExp {
  let run = RUNS.get(ch)
  if (!run) {
    run = new RegExp(`^\\${ch}+\\s*$`)
    RUNS.set(ch, run)
  }
  return run
}

/**
 * Finds the section titles of a reStructuredText document: a title line
 * underlined, or over- and underlined, with one repeated punctuation
 * character. Levels follow docutils: each (character, overline) style gets
 * the next level the first time it appears. Indented text (directive
 * content, literal blocks, comments) never holds a title.
 */
export function scanRstHeadings(lines: readonly string[]): Heading[] {
  const levels = new Map<string, number>()
  return findTitles(lines).map(({ style, heading }) => {
    if (!levels.has(style)) levels.set(style, levels.size + 1)
    return { ...heading, level: levels.get(style) as number }
  })
}

// The loop over the lines, kept apart and small: it is what runs hot on a
// long changelog, and the engine compiles a small function quickly.
function findTitles(lines: readonly string[]): TitleMatch[] {
  const adorn = lines.map(adornmentOf)
  const titles: TitleMatch[] = []
  let i = 0
  while (i < lines.length) {
    // A title has an adornment on its own line or the next: most lines
    // have neither, and are passed over at once.
    const title =
      adorn[i] === null && (adorn[i + 1] ?? null) === null
        ? null
        : titleAt(lines, adorn, i)
    if (title) {
      titles.push(title)
      i = title.heading.end + 1
    } else i++
  }
  return titles
}

interface TitleMatch {
  readonly style: string
  readonly heading: Omit<Heading, 'level'>
}

function titleAt(
  lines: readonly string[],
  adorn: readonly (string | null)[],
  i: number
): TitleMatch | null {
  if (!startsBlock(lines, i)) return null
  const ch = adorn[i]
  if (ch) return overlinedTitle(lines, adorn, i, ch)
  const under = adorn[i + 1]
  if (!under || !isTitleText(lines[i] as string, false)) return null
  const text = (lines[i] as string).trim()
  // docutils treats a short underline as text unless it is at least 4 long.
  const length = (lines[i + 1] as string).trimEnd().length
  if (length < text.length && length < 4) return null
  return {
    style: under,
    heading: { line: i, start: i, end: i + 1, text }
  }
}

function overlinedTitle(
  lines: readonly string[],
  adorn: readonly (string | null)[],
  i: number,
  ch: string
): TitleMatch | null {
  const text = lines[i + 1]
  if (text === undefined || adorn[i + 2] !== ch) return null
  if (!isTitleText(text, true)) return null
  return {
    style: `${ch}o`,
    heading: { line: i + 1, start: i, end: i + 2, text: text.trim() }
  }
}

// An overlined title may be inset; an underlined one starts at column 0.
function isTitleText(line: string, inset: boolean): boolean {
  if (isBlank(line) || adornmentOf(line) !== null) return false
  if (!inset && /^[ \t]/.test(line)) return false
  const trimmed = line.trimStart()
  return !BULLET.test(trimmed) && !trimmed.startsWith('.. ')
}

// A title starts a new block: it follows a blank line, another title, an
// explicit markup line or the end of an indented block, never the middle of
// a paragraph.
function startsBlock(lines: readonly string[], i: number): boolean {
  return i === 0 || followsBlock(lines[i - 1] as string)
}

// `prev`, the line above, ends a block or a paragraph.
function followsBlock(prev: string): boolean {
  if (isBlank(prev) || adornmentOf(prev) !== null || /^[ \t]/.test(prev)) {
    return true
  }
  return prev.startsWith('..') || BULLET.test(prev)
}

/**
 * The titles {@link scanRstHeadings} finds, found in the text by offsets:
 * one native search finds the adornment lines, and only the lines next to
 * them are read. A long changelog has tens of thousands of lines and a few
 * thousand adornments. With `naming`, titles below level 2 whose text it
 * does not match are left out (see `outline.ts`).
 */
export function scanRstOutline(
  lines: TextLines,
  naming: RegExp | null = null
): Heading[] {
  const levels = new Map<string, number>()
  const headings: Heading[] = []
  // Characters whose underlines make titles below level 2, and how many
  // such titles were left out. Once that is common, the search passes
  // over them: it then reads every line above an adornment, which a file
  // with few sub-titles would pay for and not gain from.
  const deep: string[] = []
  let leftOut = 0
  let above: LineOpening | null = null
  let aboveFor = 0
  // Where the first line that no title has taken starts.
  let free = 0
  let at = lines.match(ADORNMENT_LINE, 0)?.index ?? -1
  while (at >= 0) {
    const adornment = lines.lineAt(at)
    const ch = adornmentOf(adornment)
    const title =
      ch === null
        ? null
        : (underlined(lines, at, adornment, free) ??
          overlined(lines, at, ch, free))
    if (title) {
      let level = levels.get(title.style)
      if (level === undefined) {
        level = levels.size + 1
        levels.set(title.style, level)
        if (level > OUTLINE_LEVELS && title.style.length === 1) {
          deep.push(title.style)
        }
      }
      const { text, startAt, titleAt, endAt } = title
      if (level <= OUTLINE_LEVELS || !naming || naming.test(text)) {
        headings.push(
          new OffsetHeading(lines, { level, text }, startAt, titleAt, endAt)
        )
      } else if (++leftOut >= PASS_OVER_FROM && aboveFor !== deep.length) {
        above = linesAboveKept(deep, naming)
        aboveFor = deep.length
      }
      free = lines.next(endAt)
      if (free < 0) break
    }
    at = nextAdornment(lines, at, above)
  }
  return headings
}

// Where the first adornment line after the one starting at `at` starts,
// or -1; with `above`, the first one below a line it finds.
function nextAdornment(
  lines: TextLines,
  at: number,
  above: LineOpening | null
): number {
  if (!above) return lines.match(ADORNMENT_LINE, at + 1)?.index ?? -1
  // The line above may be the one at `at`.
  const m = lines.match(above, at)
  return m ? lines.next(m.index) : -1
}

// Lines above an adornment line, less those that let the scan pass over
// it: a line that ends no block (not blank, indented, markup, a bullet or
// an adornment) and that `naming` does not match, above an underline of a
// `deep` character. A title there would be left out, and no title can
// start at the underline. Each check reads forward from a line start.
function linesAboveKept(deep: readonly string[], naming: RegExp): LineOpening {
  const chars = deep.map(ch => `\\${ch}`).join('')
  const plain = [
    '(?![ \\t])',
    '(?!\\.\\.)',
    '(?![-*+\\u2022\\u2023\\u2043](?:[ \\t]|\\n))',
    `(?!${ADORNMENT_CHARS_CLASS}+[^\\S\\n]*\\n)`,
    `(?![^\\n]*(?:${naming.source}))`,
    '(?=[^\\n]*\\S)'
  ].join('')
  // Most lines have no adornment below: that is looked at first.
  const below = `(?=[^\\n]*\\n${ADORNMENT_SOURCE})`
  const kept = `(?:(?!${plain})|(?=[^\\n]*\\n[^${chars}]))`
  return new LineOpening(new RegExp(`${below}${kept}`, 'i'))
}

/**
 * A title found by offsets, with its style: the adornment character, then
 * `o` when it is overlined too (`=`, `-o`).
 */
interface OffsetTitle {
  readonly style: string
  readonly text: string
  readonly startAt: number
  readonly titleAt: number
  readonly endAt: number
}

// The title that `adornment`, the line at `at`, underlines, if the line
// above it is free and is one.
function underlined(
  lines: TextLines,
  at: number,
  adornment: string,
  free: number
): OffsetTitle | null {
  const above = lines.previous(at)
  if (above < free) return null
  const line = lines.lineAt(above)
  if (!isTitleText(line, false)) return null
  const before = lines.previous(above)
  if (before >= 0 && !followsBlock(lines.lineAt(before))) return null
  const text = line.trim()
  // docutils treats a short underline as text unless it is at least 4 long.
  const length = adornment.trimEnd().length
  if (length < text.length && length < 4) return null
  const style = adornment[0] as string
  return { style, text, startAt: above, titleAt: above, endAt: at }
}

// The title that the adornment at `at` overlines, if it is free.
function overlined(
  lines: TextLines,
  at: number,
  ch: string,
  free: number
): OffsetTitle | null {
  if (at < free) return null
  const before = lines.previous(at)
  if (before >= 0 && !followsBlock(lines.lineAt(before))) return null
  const title = lines.next(at)
  const under = title < 0 ? -1 : lines.next(title)
  if (under < 0 || adornmentOf(lines.lineAt(under)) !== ch) return null
  const line = lines.lineAt(title)
  if (!isTitleText(line, true)) return null
  return {
    style: `${ch}o`,
    text: line.trim(),
    startAt: at,
    titleAt: title,
    endAt: under
  }
}
