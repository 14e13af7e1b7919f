import type { Heading } from './changelog-entry.js'
import type { HeadingLabel } from './heading-table.js'
import type { TextLines } from './text-lines.js'

/**
 * A heading found by offsets in the text: where its block starts, where
 * its title line starts and where its block's last line starts. Its line
 * numbers are counted only when read: a long file has thousands of
 * headings and a release reads the lines of a few. Its fields are plain
 * and set once: a declared or `#` field costs an initializer run per
 * object.
 */
export class OffsetHeading implements Heading {
  declare readonly level: number
  declare readonly text: string
  declare private readonly lines: TextLines
  declare private readonly startAt: number
  declare private readonly titleAt: number
  declare private readonly endAt: number

  constructor(
    lines: TextLines,
    label: HeadingLabel,
    startAt: number,
    titleAt: number,
    endAt: number
  ) {
    this.level = label.level
    this.text = label.text
    this.lines = lines
    this.startAt = startAt
    this.titleAt = titleAt
    this.endAt = endAt
  }

  get line(): number {
    return this.lines.lineOf(this.titleAt)
  }

  get start(): number {
    return this.lines.lineOf(this.startAt)
  }

  get end(): number {
    return this.lines.lineOf(this.endAt)
  }
}
