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
  readonly labels: readonly HeadingLabel[]
  /** Each heading's label, as an index into `labels`, in document order. */
  readonly order: readonly number[]
  readonly #place: (index: number, label: HeadingLabel) => Heading

  /** `place` makes the heading at an index, given its label. */
  constructor(
    labels: readonly HeadingLabel[],
    order: readonly number[],
    place: (index: number, label: HeadingLabel) => Heading
  ) {
    this.labels = labels
    this.order = order
    this.#place = place
  }

  get length(): number {
    return this.order.length
  }

  labelAt(index: number): HeadingLabel {
    return this.labels[this.order[index] as number] as HeadingLabel
  }

  heading(index: number): Heading {
    return this.#place(index, this.labelAt(index))
  }

  /** Every heading, made. */
  all(): Heading[] {
    return this.order.map((_, index) => this.heading(index))
  }
}
