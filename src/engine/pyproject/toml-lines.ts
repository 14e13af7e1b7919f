/**
 * Finds the line where a TOML key is defined. smol-toml keeps no positions,
 * so this scans the text for table headers and key assignments and records
 * the full dotted path each line defines.
 */

/** Answers "on which line is this key path defined?" for one document. */
export interface TomlLineIndex {
  /**
   * 1-based line defining `path`, falling back to its closest defined parent
   * (an inline table, or the table header); undefined when none is found.
   */
  lineOf(path: readonly string[]): number | undefined
}

const MAX_KEY_PARTS = 64

interface Entry {
  readonly key: string
  readonly line: number
}

/** Indexes the key definitions of a TOML document. */
export function indexTomlLines(text: string): TomlLineIndex {
  const entries = scan(text)
  const firstLine = new Map<string, number>()
  for (const { key, line } of entries) {
    if (!firstLine.has(key)) firstLine.set(key, line)
  }
  return {
    lineOf(path) {
      for (let n = path.length; n > 0; n--) {
        const key = joinKey(path.slice(0, n))
        const exact = firstLine.get(key)
        if (exact !== undefined) return exact
        // A table only implied by a deeper header, e.g. [a.b.c] implies a.b.
        const deeper = entries.find(e => e.key.startsWith(`${key}\u0000`))
        if (deeper) return deeper.line
      }
      return undefined
    }
  }
}

function scan(text: string): Entry[] {
  const entries: Entry[] = []
  let table: string[] = []
  let openString: string | null = null
  text.split('\n').forEach((line, i) => {
    if (openString !== null) {
      if (count(line, openString) % 2 === 1) openString = null
      return
    }
    const trimmed = line.trimStart()
    if (trimmed === '' || trimmed.startsWith('#')) return
    const header = trimmed.startsWith('[')
      ? parseKey(trimmed.replace(/^\[\[?/, ''))
      : undefined
    if (header && /^\]\]?\s*(?:#.*)?$/.test(header.rest)) {
      table = header.keys
      entries.push({ key: joinKey(table), line: i + 1 })
      return
    }
    const assignment = parseKey(line)
    if (assignment && assignment.rest.trimStart().startsWith('=')) {
      entries.push({
        key: joinKey([...table, ...assignment.keys]),
        line: i + 1
      })
    }
    openString = openedMultilineString(line)
  })
  return entries
}

// A line that opens a multi-line string without closing it hides the lines
// after it until the closing delimiter.
function openedMultilineString(line: string): string | null {
  for (const delimiter of ['"""', "'''"]) {
    if (line.includes(delimiter) && count(line, delimiter) % 2 === 1) {
      return delimiter
    }
  }
  return null
}

function count(line: string, needle: string): number {
  return line.split(needle).length - 1
}

/** A dotted key at the start of `text` and what follows it. */
function parseKey(text: string): { keys: string[]; rest: string } | undefined {
  const keys: string[] = []
  let rest = text
  // No real key has this many parts; the cap bounds hostile input.
  while (keys.length < MAX_KEY_PARTS) {
    const m =
      /^\s*(?:"((?:[^"\\\n]|\\.){0,1000})"|'([^'\n]{0,1000})'|([A-Za-z0-9_-]{1,1000}))\s*/.exec(
        rest
      )
    if (!m) return undefined
    keys.push(m[1] !== undefined ? unescapeBasic(m[1]) : (m[2] ?? m[3] ?? ''))
    rest = rest.slice(m[0].length)
    if (!rest.startsWith('.')) return { keys, rest }
    rest = rest.slice(1)
  }
  return undefined
}

function unescapeBasic(text: string): string {
  return text.replace(/\\(["\\])/g, '$1')
}

function joinKey(keys: readonly string[]): string {
  return keys.join('\u0000')
}
