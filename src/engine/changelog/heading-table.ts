import type { Heading } from './changelog-entry.js'

/** What headings of one level and text have in common. */
export interface HeadingLabel {
  readonly level: number
  /** Heading text without markup of the heading itself. */
  readonly text: string
}

/**
 * A document's headings in order, each kept as the index of its label. A
 * long changelog repeats a few sub-headings (`### Added`, `### Fixed`)
 * thousands of times: what a heading names is read once per label, and a
 * heading becomes a {@link Heading}, with its lines, only when asked for.
 */
export class HeadingTable {
  /** The distinct labels, in order of first use. */
  readonly labels: HeadingLabel[] = []
  /** Each heading's label, as an index into `labels`, in document order. */
  readonly order: number[] = []
  private readonly ids = new Map<string, number>()
  private readonly place: (index: number, label: HeadingLabel) => Heading

  /** `place` makes the heading at an index, given its label. */
  constructor(place: (index: number, label: HeadingLabel) => Heading) {
    this.place = place
  }

  /** Headings already made, labelled by level and text. */
  static of(headings: readonly Heading[]): HeadingTable {
    const table = new HeadingTable(index => headings[index] as Heading)
    for (const { level, text } of headings) {
      const key = `${level} ${text}`
      table.add(table.idOf(key) ?? table.newLabel(key, { level, text }))
    }
    return table
  }

  get length(): number {
    return this.order.length
  }

  /** The label that `key` stands for, if one was made. */
  idOf(key: string): number | undefined {
    return this.ids.get(key)
  }

  /** Makes a label for `key`; its index. */
  newLabel(key: string, label: HeadingLabel): number {
    this.ids.set(key, this.labels.length)
    return this.labels.push(label) - 1
  }

  /** Appends a heading with the label of index `id`. */
  add(id: number): void {
    this.order.push(id)
  }

  labelAt(index: number): HeadingLabel {
    return this.labels[this.order[index] as number] as HeadingLabel
  }

  heading(index: number): Heading {
    return this.place(index, this.labelAt(index))
  }

  /** Every heading, made. */
  all(): Heading[] {
    return this.order.map((_, index) => this.heading(index))
  }
}
