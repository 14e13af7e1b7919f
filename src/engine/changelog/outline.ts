/**
 * A changelog's outline: the headings that can name an entry or end one.
 * Headings at the first levels are always part of it; deeper ones only
 * when their text could name something (a digit, or a word of an
 * Unreleased or trailer title). The rest, `Added` and `Fixed` under every
 * release, are passed over where the scan can do so cheaply.
 */

/** Levels at which every heading is part of the outline. */
export const OUTLINE_LEVELS = 2

/**
 * The deepest level an entry may have for the outline's headings to bound
 * it: a deeper one can end at a heading the outline passes over.
 */
export const OUTLINE_ENTRY_LEVELS = OUTLINE_LEVELS + 1

/** A pattern source for text holding a digit or one of `words`. */
export function namingClues(words: readonly string[]): string {
  const escaped = words.map(w => w.replace(/[^A-Za-z0-9]/g, '\\$&'))
  return ['[0-9]', ...escaped].join('|')
}
