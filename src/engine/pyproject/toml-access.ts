/** Parsing TOML without throwing, and typed reads from the loosely shaped result. */

import { parse, TomlError } from 'smol-toml'

/** A TOML table as smol-toml returns it. */
export type TomlTable = Readonly<Record<string, unknown>>

/** A parsed document, or the parser's complaint and the line it names. */
export type TomlParse =
  | { readonly toml: TomlTable }
  | { readonly error: string; readonly line?: number }

/** Parses TOML; a syntax error is returned, never thrown. */
export function parseToml(text: string): TomlParse {
  try {
    return { toml: parse(text) }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    // smol-toml appends a code excerpt after the first line.
    const error = message.split('\n')[0] ?? message
    return e instanceof TomlError ? { error, line: e.line } : { error }
  }
}

/** The value at a key path, or undefined when any step is missing. */
export function valueAt(root: unknown, ...path: string[]): unknown {
  let node = root
  for (const key of path) {
    if (!isTable(node) || !Object.hasOwn(node, key)) return undefined
    node = node[key]
  }
  return node
}

/** The table at a key path, or undefined when absent or not a table. */
export function tableAt(
  root: unknown,
  ...path: string[]
): TomlTable | undefined {
  const node = valueAt(root, ...path)
  return isTable(node) ? node : undefined
}

/** The string at a key path, or undefined when absent or not a string. */
export function stringAt(root: unknown, ...path: string[]): string | undefined {
  const node = valueAt(root, ...path)
  return typeof node === 'string' ? node : undefined
}

/** The strings of an array at a key path; a lone string counts as one. */
export function stringsAt(root: unknown, ...path: string[]): string[] {
  const node = valueAt(root, ...path)
  if (typeof node === 'string') return [node]
  if (!Array.isArray(node)) return []
  return node.filter((item): item is string => typeof item === 'string')
}

function isTable(node: unknown): node is TomlTable {
  return typeof node === 'object' && node !== null && !Array.isArray(node)
}
