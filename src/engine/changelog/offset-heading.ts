import type { Heading } from './changelog-entry.js'
import { type HeadingLabel, HeadingTable } from './heading-table.js'
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

/** Where a scan found each heading of a document, in document order. */
export interface HeadingPlaces {
  /** Each heading's label, as an index into the labels. */
  readonly order: readonly number[]
  /** Where each heading's first line, title line and last line start. */
  readonly starts: readonly number[]
  readonly titles: readonly number[]
  readonly ends: readonly number[]
}

/** The headings a scan found, each made when asked for. */
export function offsetHeadings(
  lines: TextLines,
  labels: readonly HeadingLabel[],
  places: HeadingPlaces
): HeadingTable {
  const { order, starts, titles, ends } = places
  return new HeadingTable(
    labels,
    order,
    (index, label) =>
      new OffsetHeading(
        lines,
        label,
        starts[index] as number,
        titles[index] as number,
        ends[index] as number
      )
  )
}
