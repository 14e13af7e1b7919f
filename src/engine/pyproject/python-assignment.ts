/**
 * Reads a module-level string assignment such as `__version__ = "1.2.3"` or
 * `__version__: str = '1.2.3'` from Python source without running it, the
 * way setuptools, flit and pdm-backend read it statically.
 */

/** A string literal assigned to a name, with its 1-based line. */
export interface Assignment {
  readonly value: string
  readonly line: number
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,200}$/

/** True for a Python module path such as `pkg.sub.mod`. */
export function isDottedName(name: string): boolean {
  return name.split('.').every(part => IDENTIFIER.test(part))
}

/**
 * The first top-level assignment of a string literal to `name`; undefined
 * when there is none or `name` is not a Python identifier. Indented lines
 * are skipped: they sit inside a block and may not run.
 */
export function findStringAssignment(
  source: string,
  name: string
): Assignment | undefined {
  if (!IDENTIFIER.test(name)) return undefined
  // Every part is bounded and the character classes do not overlap, so the
  // match is linear in the line length.
  const pattern = new RegExp(
    `^${name}[ \\t]*(?::[^=\\n]{0,200})?=[ \\t]*[rRuU]?` +
      `(?:"([^"\\\\\\n]{1,200})"|'([^'\\\\\\n]{1,200})')`,
    'm'
  )
  const m = pattern.exec(source)
  if (!m) return undefined
  return { value: m[1] ?? m[2] ?? '', line: lineAt(source, m.index) }
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset;) {
    line++
    i = text.indexOf('\n', i + 1)
  }
  return line
}
