const NEWLINE = 0x0a
// Line ends over a longer stretch are counted in blocks, natively: large
// blocks first, then small ones, so that the match failing at the end
// backtracks over few lines. Each repetition ends at its one `\n`: a failed
// match backtracks in linear time.
const NATIVE_COUNT_FROM = 16_384
// Lines back from a known line walked one by one, rather than skipped to
// from one before.
const NEAR = 64
const KNOWN_LINES = 16
const LINE_BLOCKS: readonly (readonly [RegExp, number])[] = [
  [/(?:[^\n]*\n){1024}/y, 1024],
  [/(?:[^\n]*\n){32}/y, 32]
]

/**
 * A text's lines, read where they are asked for. A large changelog has tens
 * of thousands of lines and a release reads a few of them: the scan for
 * headings moves by offsets in the text, a heading's line number is counted
 * only when something asks for it, and no line becomes a string until it is
 * read. Line numbers are counted from lines whose starts are known, kept
 * where lines were last asked for: the lines a check reads lie in a few
 * places (the release's entry, the top of the file).
 */
export class TextLines {
  /** The text without a leading byte-order mark, every line end a `\n`. */
  readonly text: string
  // Known lines and where they start; the first line is always known.
  readonly #knownLines: number[] = [0]
  readonly #knownStarts: number[] = [0]
  #replaced = 0
  #length = -1

  /** CRLF, LF and lone CR all end a line. */
  constructor(text: string) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    this.text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body
  }

  /** Lines already split, none holding a line end. */
  static of(lines: readonly string[]): TextLines {
    return new TextLines(lines.join('\n'))
  }

  /** Number of lines; a final line end does not add an empty line. */
  get length(): number {
    if (this.#length < 0) {
      const text = this.text
      const ends = lineEnds(text, 0, text.length)
      this.#length =
        text.charCodeAt(text.length - 1) === NEWLINE ? ends : ends + 1
    }
    return this.#length
  }

  /** Line `i` without its line end; `''` past either end. */
  line(i: number): string {
    const at = this.#seek(i)
    return at < 0 ? '' : this.lineAt(at)
  }

  /** Lines `from` up to, not including, `to`, as strings. */
  slice(from = 0, to = Infinity): string[] {
    let at = this.#seek(Math.max(from, 0))
    if (at < 0) return []
    // The rest of the text: one native split.
    if (to === Infinity) return splitLines(this.text.slice(at))
    const out: string[] = []
    for (let i = Math.max(from, 0); i < to && at >= 0; i++) {
      out.push(this.lineAt(at))
      at = this.next(at)
    }
    return out
  }

  /** The index of the line holding offset `at`. */
  lineOf(at: number): number {
    const text = this.text
    const start = at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1
    // Counted from the nearest known line before or after it.
    const starts = this.#knownStarts
    const [before, after] = nearest(starts, start)
    const from = starts[before] as number
    const line =
      after >= 0 && (starts[after] as number) - start < start - from
        ? (this.#knownLines[after] as number) -
          lineEnds(text, start, starts[after] as number)
        : (this.#knownLines[before] as number) + lineEnds(text, from, start)
    this.#remember(line, start)
    return line
  }

  /** The line starting at offset `at`, without its line end. */
  lineAt(at: number): string {
    const newline = this.text.indexOf('\n', at)
    return this.text.slice(at, newline < 0 ? this.text.length : newline)
  }

  /** Where the line after the one starting at `at` starts, or -1. */
  next(at: number): number {
    const newline = this.text.indexOf('\n', at)
    return newline < 0 || newline + 1 >= this.text.length ? -1 : newline + 1
  }

  /** Where the line before the one starting at `at` starts, or -1. */
  previous(at: number): number {
    if (at <= 0) return -1
    // The line end at `at - 1` is the previous line's own.
    return at < 2 ? 0 : this.text.lastIndexOf('\n', at - 2) + 1
  }

  /**
   * The first line starting at or after offset `from` that opens with what
   * `opening` matches, as the match of its pattern with `index` set to
   * where the line starts; `null` when there is none. One native search of
   * the text finds it, however many lines lie between.
   */
  match(opening: LineOpening, from: number): RegExpExecArray | null {
    if (from <= 0) {
      opening.first.lastIndex = 0
      const m = opening.first.exec(this.text)
      if (m) return m
    }
    const after = opening.afterLineEnd
    after.lastIndex = Math.max(from - 1, 0)
    const m = after.exec(this.text)
    // The match opens with the line end; the line starts right after it.
    if (m) m.index++
    return m
  }

  // Where line `i` starts, or -1 past either end: a few lines back from
  // a known line are walked, anything else is skipped forward from the
  // nearest known line before it, blocks of lines at a time.
  #seek(i: number): number {
    if (i < 0 || (this.#length >= 0 && i >= this.#length)) return -1
    const lines = this.#knownLines
    const [before, after] = nearest(lines, i)
    let at: number
    const back = after < 0 ? Infinity : (lines[after] as number) - i
    if (back <= NEAR && back < i - (lines[before] as number)) {
      at = this.#knownStarts[after] as number
      for (let line = lines[after] as number; line > i; line--) {
        at = this.previous(at)
      }
    } else {
      const from = this.#knownStarts[before] as number
      at = skipLines(this.text, from, i - (lines[before] as number))
      if (at < 0) return -1
    }
    this.#remember(i, at)
    return at
  }

  // Keeps a known line, in place of the oldest one kept when full; the
  // first line stays.
  #remember(line: number, at: number): void {
    if (this.#knownLines.length < KNOWN_LINES) {
      this.#knownLines.push(line)
      this.#knownStarts.push(at)
      return
    }
    this.#replaced = (this.#replaced % (KNOWN_LINES - 1)) + 1
    this.#knownLines[this.#replaced] = line
    this.#knownStarts[this.#replaced] = at
  }
}

// Where the known value nearest at or before `target` is kept (the first
// is 0, so there is always one) and the nearest after it, or -1.
function nearest(known: readonly number[], target: number): [number, number] {
  let before = 0
  let after = -1
  for (let k = 1; k < known.length; k++) {
    const value = known[k] as number
    if (value <= target && value > (known[before] as number)) before = k
    if (value > target && (after < 0 || value < (known[after] as number))) {
      after = k
    }
  }
  return [before, after]
}

// Skips whole blocks of lines from the line start `at`, at most `most`
// lines, one native match per block: where it stopped and how many lines
// it skipped.
function skipBlocks(
  text: string,
  at: number,
  most: number
): { readonly at: number; readonly lines: number } {
  let lines = 0
  for (const [block, size] of LINE_BLOCKS) {
    while (most - lines >= size) {
      block.lastIndex = at
      if (!block.test(text)) break
      at = block.lastIndex
      lines += size
    }
  }
  return { at, lines }
}

// Where the line `count` lines after the one starting at `at` starts, or -1
// when the text ends first.
function skipLines(text: string, from: number, count: number): number {
  const skipped = skipBlocks(text, from, count)
  let at = skipped.at
  for (let left = count - skipped.lines; left > 0; left--) {
    const newline = text.indexOf('\n', at)
    if (newline < 0) return -1
    at = newline + 1
  }
  // A final line end starts no line.
  return count > 0 && at >= text.length ? -1 : at
}

function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

// The number of line ends in `text` from `from` up to `to`. A long stretch
// is counted a block of lines per native match, on a slice that bounds the
// match: no string is made and the loop runs once per block.
function lineEnds(text: string, from: number, to: number): number {
  if (to - from < NATIVE_COUNT_FROM) return countEach(text, from, to)
  const range = text.slice(from, to)
  const skipped = skipBlocks(range, 0, Infinity)
  return skipped.lines + countEach(range, skipped.at, range.length)
}

function countEach(text: string, from: number, to: number): number {
  let count = 0
  for (let end = text.indexOf('\n', from); end >= 0 && end < to; count++) {
    end = text.indexOf('\n', end + 1)
  }
  return count
}

/**
 * What a line opens with, for `TextLines.match`: a pattern matched at a
 * line start, where `(?:\n|$)` ends the line.
 */
export class LineOpening {
  /** The pattern at the text's start. */
  readonly first: RegExp
  /** A line end followed by the pattern. */
  readonly afterLineEnd: RegExp

  /** `pattern` may carry the `i` flag; others are set here. */
  constructor(pattern: RegExp) {
    const flags = pattern.ignoreCase ? 'i' : ''
    this.first = new RegExp(pattern.source, `${flags}y`)
    this.afterLineEnd = new RegExp(`\\n(?=${pattern.source})`, `${flags}g`)
  }
}

/** True for an empty line or one holding only whitespace. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue
    // Other Unicode spaces are rare; `trim` knows them all.
    return code > 0x7f ? line.trim() === '' : false
  }
  return true
}

/** Number of leading spaces, with a tab counting as up to the next stop of 4. */
export function indentOf(line: string): number {
  let width = 0
  for (const ch of line) {
    if (ch === ' ') width++
    else if (ch === '\t') width += 4 - (width % 4)
    else return width
  }
  return width
}

/**
 * CommonMark thematic break: up to three spaces, then three or more of one
 * of `-`, `*` or `_`, with only spaces or tabs between them.
 */
export function isThematicBreak(line: string): boolean {
  let i = 0
  while (i < 3 && line[i] === ' ') i++
  const mark = line[i]
  if (mark !== '-' && mark !== '*' && mark !== '_') return false
  let count = 0
  for (; i < line.length; i++) {
    const ch = line[i]
    if (ch === mark) count++
    else if (ch !== ' ' && ch !== '\t') return false
  }
  return count >= 3
}
