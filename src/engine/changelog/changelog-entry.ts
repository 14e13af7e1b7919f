import type { TextLines } from './text-lines.js'

/** The two markup languages a changelog can be written in. */
export type ChangelogFormat = 'markdown' | 'rst'

/**
 * What a heading names: a release (`1.2.3`), the section for changes not yet
 * released (`Unreleased`, `In development`), or a pointer to a release
 * series kept elsewhere (`0.15.x`, `Hypothesis 5.x`).
 */
export type EntryKind = 'version' | 'unreleased' | 'series'

/**
 * A heading as the document structure gives it, before deciding what it
 * names. Line numbers are 0-based indexes into the changelog's lines.
 */
export interface Heading {
  /** Index of the heading's text line (for setext and RST, not the underline). */
  readonly line: number
  /** First line of the heading block: an RST overline, else `line`. */
  readonly start: number
  /** Last line of the heading block: the underline, else `line`. */
  readonly end: number
  /** 1 is the outermost level; RST levels follow the document's order. */
  readonly level: number
  /** Heading text without markup of the heading itself (`##`, adornments). */
  readonly text: string
}

/** One section of a changelog that a heading names as a release. */
export interface ChangelogEntry {
  readonly kind: EntryKind
  /** The version as written (`v1.2.0-RC1`, `0.15.x`); `null` for Unreleased. */
  readonly version: string | null
  /** PEP 440 normalized version; `null` when unreleased, a series or invalid. */
  readonly normalized: string | null
  /**
   * Normalized versions the same heading names besides `normalized`
   * (`3.7.1 and 3.8.1 and 4.0.1`: one section for three releases).
   */
  readonly alsoVersions: readonly string[]
  /** Heading text, without heading markup. */
  readonly heading: string
  /** 1-based line of the heading text (the title line, not its underline). */
  readonly line: number
  /** 1-based level of the heading in the document's outline. */
  readonly level: number
  /**
   * 1-based first and last non-blank lines of the body; both `null` when the
   * entry has no body at all.
   */
  readonly bodyStart: number | null
  readonly bodyEnd: number | null
  /** Release date as ISO `YYYY-MM-DD`, from the heading or the body's first line. */
  readonly date: string | null
  /**
   * The date as written, also when it is partial (`January, 2026`) or not a
   * real date (`2024-13-45`); `null` when the entry carries no date.
   */
  readonly dateText: string | null
  /** True when `dateText` looks like a full date that no calendar has. */
  readonly dateInvalid: boolean
  /** True when the heading marks the release as yanked. */
  readonly yanked: boolean
  /**
   * True when a version's heading or first body line still says it is not
   * released (`1.2.0 (unreleased)`, `Version 3.2.0` then `Unreleased`).
   */
  readonly markedUnreleased: boolean
  /**
   * Words before the version (`Twisted Core`, `Release`), lowercased; they
   * tell per-component sections of one release apart from duplicates.
   */
  readonly prefix: string
}

/** A parsed changelog: its format, its lines and the entries found. */
export interface Changelog {
  readonly format: ChangelogFormat
  /** The text's lines (BOM removed, CRLF and CR as line ends). */
  readonly lines: TextLines
  /** Entries in document order. */
  readonly entries: readonly ChangelogEntry[]
}
