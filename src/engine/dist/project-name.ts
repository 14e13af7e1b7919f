/**
 * Distribution names: validity and normalization as the core metadata `Name`
 * field and the name normalization specification define them.
 */

// Core metadata § Name: ASCII letters, digits, `.`, `_` and `-`, starting and
// ending with a letter or digit.
const VALID_NAME = /^(?:[a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i

/** Whether `name` is a valid distribution name (core metadata `Name`). */
export function isValidName(name: string): boolean {
  return VALID_NAME.test(name)
}

/**
 * The normalized form (PEP 503): lowercase, each run of `-`, `_` and `.`
 * replaced by one `-`, as `packaging.utils.canonicalize_name`.
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/**
 * The name as it must appear in a wheel or sdist file name and in the
 * `.dist-info` folder (binary distribution format § Escaping and Unicode;
 * PEP 625): normalized, with `_` for `-`.
 */
export function escapedName(name: string): string {
  return normalizeName(name).replace(/-/g, '_')
}
