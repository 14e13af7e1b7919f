import type { Heading } from './changelog-entry.js'
import type { HeadingLabel, HeadingTable } from './heading-table.js'
import { type HeadingPlaces, offsetHeadings } from './offset-heading.js'
import { OUTLINE_LEVELS } from './outline.js'
import { LineOpening, type TextLines, isBlank } from './text-lines.js'

// docutils: any non-alphanumeric printable 7-bit ASCII character may adorn.
const ADORNMENT_CHARS = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')
const ADORNMENT_CHARS_CLASS = '[!-/:-@[-`{-~]'
// A run of one adornment character, repeated, captured. One alternative a
// character finds it natively; a backreference to the first character
// would backtrack a step per character.
const ONE_CHAR_RUN = `(${[...ADORNMENT_CHARS].map(ch => `\\${ch}+`).join('|')})`
const ADORNMENT_LINE = new RegExp(`^${ONE_CHAR_RUN}\\s*$`)
const BULLET_CHARS = '[-*+\\u2022\\u2023\\u2043]'
const BULLET = new RegExp(`^${BULLET_CHARS}(?:[ \\t]|$)`)
// Sub-titles left out before the search passes over them.
const PASS_OVER_FROM = 32

/**
 * The adornment character of a line made of one repeated punctuation
 * character from column 0 (trailing whitespace allowed), else `null`.
 */
export function adornmentOf(line: string): string | null {
  const ch = line[0]
  if (ch === undefined || !ADORNMENT_CHARS.has(ch)) return null
  return ADORNMENT_LINE.test(line) ? ch : null
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

// A line of such a run, whitespace after it, the run captured: the only
// lines that can make a title, above or below its text.
const RUN = `(?=${ONE_CHAR_RUN}[^\\S\\n]*(?=\\n|$))`
// Asserts that a line starts here.
const LINE_START = '(?<=^|\\n)'
// What a line that is blank, indented, markup or a bullet opens with: one
// that ends the block above a title (an adornment line does too).
const BLOCK_END = `[^\\S\\n]*\\n|[ \\t]|\\.\\.|${BULLET_CHARS}[ \\t\\n]`
// At a line's start: what a whole line of adornment characters opens with.
const ADORNMENT_AHEAD = `${ADORNMENT_CHARS_CLASS}+[^\\S\\n]*\\n`
const ENDS_BLOCK = `(?=${BLOCK_END})`
// After any indent: text, no bullet, markup or adornment.
const TITLE_TEXT = `(?=\\S)(?!\\.\\.)(?!${BULLET_CHARS}\\s)(?!${ADORNMENT_AHEAD})`
// The text of the line above an adornment, captured without the
// whitespace after it, when the common rules make it a title: text from
// column 0, the first line or one below a line that ends a block. Read
// backwards from the adornment, so each line's start is asserted before
// the checks that read it forward: a failing check is not tried again
// from every column.
const TITLE_ABOVE = `(?:(?<=(?:^|${ENDS_BLOCK}${LINE_START}[^\\n]*\\n)${TITLE_TEXT}${LINE_START}([^\\n]*\\S)[^\\S\\n]*\\n)|)`
// The text of the line below an adornment, trimmed, and the run of the
// adornment line below that, captured when the common rules make them an
// overlined title: the adornment is the first line or below a line that
// ends a block. The two runs' characters are compared by the scan. Rarer
// titles (below an adornment, text that only trims to a title) are
// checked line by line, as are those these patterns do not capture.
const TITLE_BELOW = `(?:(?:(?<![^])|(?<=${ENDS_BLOCK}${LINE_START}[^\\n]*\\n))(?=[^\\n]*\\n[ \\t]*${TITLE_TEXT}(\\S(?:[^\\n]*\\S)?)[^\\S\\n]*\\n${ONE_CHAR_RUN}[^\\S\\n]*(?=\\n|$))|)`

/**
 * The titles {@link scanRstHeadings} finds, found in the text by offsets:
 * one native search finds the adornment lines and reads the lines next to
 * each; only the rarer titles are read line by line. A long changelog
 * has tens of thousands of lines and a few thousand adornments. With
 * `naming`, titles below level 2 whose text it does not match are left out
 * (see `outline.ts`).
 */
export function scanRstOutline(
  lines: TextLines,
  naming: RegExp | null = null
): HeadingTable {
  const found = findOutline(lines, new TitleStyles(naming))
  return offsetHeadings(lines, found.labels, found)
}

/** The titles as the scan finds them, in document order. */
interface FoundTitles extends HeadingPlaces {
  /** Distinct labels, in order of first use. */
  readonly labels: HeadingLabel[]
  readonly order: number[]
  readonly starts: number[]
  readonly titles: number[]
  readonly ends: number[]
}

// Adornments read one at a time, at most, while the search may still
// change what it passes over.
const SETTLE_WITHIN = 256
// Characters of text searched at a time once it has settled.
const SEARCH_WINDOW = 65_536

// The first adornments are read one at a time, each search starting where
// the last ended, until the search settles what it passes over; the rest
// are read as the settled search finds them.
function findOutline(lines: TextLines, styles: TitleStyles): FoundTitles {
  const scan = new OutlineScan(lines, styles)
  let m = lines.match(styles.events, 0)
  for (let n = 0; m && !styles.settled && n < SETTLE_WITHIN; n++) {
    scan.take(m)
    m = lines.match(styles.events, m.index + 1)
  }
  if (m) scan.takeFrom(m.index)
  return scan.found
}

/**
 * The titles found so far, and where the first line that no title has
 * taken starts (the text's end once none is left).
 */
class OutlineScan {
  readonly found: FoundTitles = {
    labels: [],
    order: [],
    starts: [],
    titles: [],
    ends: []
  }
  readonly #lines: TextLines
  readonly #styles: TitleStyles
  // Label ids by level, then text: repeated sub-titles are read once.
  readonly #ids: Map<string, number>[] = []
  #free = 0

  constructor(lines: TextLines, styles: TitleStyles) {
    this.#lines = lines
    this.#styles = styles
  }

  /**
   * Every adornment from the line starting at `from` (not the first line)
   * on, as the search now finds them. The engine's own iteration calls
   * {@link take} for each: a loop here would run once per title, thousands
   * of times, and the engine would recompile it at its top tier while it
   * runs, a compile that competes with the scan itself for the processor.
   * That iteration keeps a slot per match, so the text is searched a window
   * at a time: a hostile file of adornments costs no more memory than a
   * window's worth.
   */
  takeFrom(from: number): void {
    const lines = this.#lines
    const { text } = lines
    const events = this.#styles.events.afterLineEnd
    for (let start = from; start < text.length;) {
      const newline = text.indexOf('\n', start + SEARCH_WINDOW)
      const end = newline < 0 ? text.length : newline + 1
      // The search reads up to two lines above an adornment.
      const context = Math.max(lines.previous(lines.previous(start)), 0)
      // `matchAll` searches a copy of the pattern from its `lastIndex`: the
      // line end before the window's first line.
      events.lastIndex = start - 1 - context
      Array.from(text.slice(context, end).matchAll(events), m => {
        // The match opens with the line end; the line starts right after it.
        m.index += context + 1
        this.take(m)
      })
      start = end
    }
  }

  /** Reads the adornment at `m`. */
  take(m: RegExpExecArray): void {
    const at = m.index
    // An adornment on a line of the last title starts nothing.
    if (at < this.#free) return
    const { text } = this.#lines
    const run = m[1] as string
    const above = m[2]
    const below = m[3]
    // The titles the search captured are read without a call; any other
    // adornment is read line by line. docutils treats a short underline as
    // text unless it is at least 4 long.
    if (
      above !== undefined &&
      (run.length >= above.length || run.length >= 4)
    ) {
      const titleAt = text.lastIndexOf('\n', at - 2) + 1
      this.#add(run[0] as string, above, titleAt, titleAt, at)
    } else if (below !== undefined && m[4]?.[0] === run[0]) {
      const titleAt = text.indexOf('\n', at) + 1
      const endAt = text.indexOf('\n', titleAt) + 1
      this.#add(`${run[0]}o`, below, at, titleAt, endAt)
    } else {
      const other = checkedTitle(this.#lines, at, this.#free)
      if (other) {
        const { style, startAt, titleAt, endAt } = other
        this.#add(style, other.text, startAt, titleAt, endAt)
      }
    }
  }

  #add(
    style: string,
    title: string,
    startAt: number,
    titleAt: number,
    endAt: number
  ): void {
    const level = this.#styles.levelOf(style)
    if (level <= OUTLINE_LEVELS || this.#styles.keeps(level, title)) {
      const { labels, order, starts, titles, ends } = this.found
      const byText = (this.#ids[level] ??= new Map<string, number>())
      let id = byText.get(title)
      if (id === undefined) {
        id = labels.push({ level, text: title }) - 1
        byText.set(title, id)
      }
      order.push(id)
      starts.push(startAt)
      titles.push(titleAt)
      ends.push(endAt)
    }
    const next = this.#lines.next(endAt)
    this.#free = next < 0 ? this.#lines.text.length : next
  }
}

/**
 * The levels of a document's title styles, and what the search for
 * adornments looks for: every one at first; with `naming`, once sub-titles
 * that it does not match are common among the first adornments, it passes
 * over their underlines from then on. Reading the line above each
 * adornment for that is what a file with few sub-titles would pay for and
 * not gain from.
 */
class TitleStyles {
  events = eventsWith('')
  /** True once the search passes over sub-titles. */
  settled = false
  readonly #naming: RegExp | null
  readonly #levels = new Map<string, number>()
  // Characters whose underlines make titles below level 2.
  readonly #deep: string[] = []
  // Titles below level 2 left out so far.
  #leftOut = 0

  constructor(naming: RegExp | null) {
    this.#naming = naming
  }

  levelOf(style: string): number {
    let level = this.#levels.get(style)
    if (level === undefined) {
      level = this.#levels.size + 1
      this.#levels.set(style, level)
      if (level > OUTLINE_LEVELS && style.length === 1) this.#deep.push(style)
    }
    return level
  }

  /** False for a title below level 2 that the outline leaves out. */
  keeps(level: number, text: string): boolean {
    const naming = this.#naming
    if (level <= OUTLINE_LEVELS || !naming || naming.test(text)) return true
    const deep = this.#deep
    if (++this.#leftOut >= PASS_OVER_FROM && !this.settled) {
      this.events = eventsWith(passedOver(deep, naming), 'i')
      this.settled = true
    }
    return false
  }
}

// Adornment lines, less those `skip` matches at; `skip` holds no group.
function eventsWith(skip: string, flags = ''): LineOpening {
  return new LineOpening(
    new RegExp(`${RUN}${skip}${TITLE_ABOVE}${TITLE_BELOW}`, flags)
  )
}

// What passes over an adornment line: an underline of a `deep` character
// below a line that ends no block (not blank, indented, markup, a bullet
// or an adornment) and that `naming` does not match. A title there would
// be left out, and no title can start at the underline.
function passedOver(deep: readonly string[], naming: RegExp): string {
  const chars = deep.map(ch => `\\${ch}`).join('')
  const plain = `(?!${BLOCK_END})(?!${ADORNMENT_AHEAD})(?![^\\n]*(?:${naming.source}))`
  return `(?!(?=[${chars}])(?<=${plain}${LINE_START}[^\\n]*\\n))`
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

// The title the adornment line at `at` underlines or overlines, read line
// by line.
function checkedTitle(
  lines: TextLines,
  at: number,
  free: number
): OffsetTitle | null {
  const adornment = lines.lineAt(at)
  const ch = adornmentOf(adornment)
  if (ch === null) return null
  return (
    underlined(lines, at, adornment, free) ?? overlined(lines, at, ch, free)
  )
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
