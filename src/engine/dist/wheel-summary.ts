/**
 * The wheels of `dist/` as a table: one row per python/abi tag set, one
 * column per platform (family where it has one), each cell the wheels
 * that cover it. Data only; the report renders it.
 */
import { platformFamilies } from './platform-tags.js'
import type { WheelName } from './wheel-filename.js'

/** Wheels by python tag (rows) and platform (columns). */
export interface WheelTable {
  /** Column labels: a platform family such as `linux-x86_64`, or the tag. */
  readonly platforms: readonly string[]
  readonly rows: readonly WheelTableRow[]
}

/** One python/abi tag set, e.g. `cp312-cp312` or `cp39-abi3`. */
export interface WheelTableRow {
  readonly python: string
  /** One cell per column of `platforms`: wheel file names, maybe none. */
  readonly cells: readonly (readonly string[])[]
}

/** Builds the table from the wheels whose file names parsed. */
export function summarizeWheels(
  wheels: readonly { readonly file: string; readonly wheel: WheelName }[]
): WheelTable {
  const cells = new Map<string, Map<string, string[]>>()
  const columns = new Set<string>()
  for (const { file, wheel } of wheels) {
    const python = `${wheel.pythons.join('.')}-${wheel.abis.join('.')}`
    for (const column of columnsOf(wheel)) {
      columns.add(column)
      const row = cells.get(python) ?? new Map<string, string[]>()
      cells.set(python, row)
      row.set(column, [...(row.get(column) ?? []), file])
    }
  }
  const platforms = [...columns].sort()
  const rows = [...cells.keys()].sort(byPython).map(python => ({
    python,
    cells: platforms.map(p => cells.get(python)?.get(p) ?? [])
  }))
  return { platforms, rows }
}

// A wheel counts under each family its tags serve; a tag of no family
// (ppc64le, i686, iOS …) is its own column.
function columnsOf(wheel: WheelName): string[] {
  const out = new Set<string>()
  for (const platform of wheel.platforms) {
    const families = platformFamilies(platform.toLowerCase())
    if (families.length === 0) out.add(platform.toLowerCase())
    for (const f of families) out.add(f)
  }
  return [...out]
}

// cp39 before cp310: compare the digits as numbers.
function byPython(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}
