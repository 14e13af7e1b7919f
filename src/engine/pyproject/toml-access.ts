/** Typed reads from parsed TOML, which is untrusted and loosely shaped. */

/** A TOML table as smol-toml returns it. */
export type TomlTable = Readonly<Record<string, unknown>>

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
