/**
 * A reader for setup.cfg with configparser's rules as setuptools uses them:
 * `key = value` or `key: value`, keys lowercased, indented lines continue
 * the previous value, whole-line `#` and `;` comments.
 */

/** One option's value (continuation lines joined with `\n`) and its line. */
export interface CfgOption {
  readonly value: string
  readonly line: number
}

/** Options by section, then by lowercased key. */
export type CfgDocument = ReadonlyMap<string, ReadonlyMap<string, CfgOption>>

/** Parses setup.cfg text; lines that are not options are skipped. */
export function parseSetupCfg(text: string): CfgDocument {
  const doc = new Map<string, Map<string, CfgOption>>()
  let section: Map<string, CfgOption> | undefined
  // Continuation lines are gathered and joined once, keeping this linear.
  let open: { key: string; line: number; parts: string[] } | undefined
  const close = () => {
    if (open && section) {
      section.set(open.key, { value: open.parts.join('\n'), line: open.line })
    }
    open = undefined
  }
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (/^\s*[#;]/.test(line)) return
    if (/^\s/.test(line)) {
      if (line.trim() !== '') open?.parts.push(line.trim())
      return
    }
    close()
    const header = /^\[([^\]]{1,200})\]\s*$/.exec(line)
    if (header) {
      section = new Map()
      doc.set((header[1] ?? '').trim(), section)
      return
    }
    const separator = line.search(/[=:]/)
    if (separator <= 0 || !section) return
    open = {
      key: line.slice(0, separator).trim().toLowerCase(),
      line: i + 1,
      parts: [line.slice(separator + 1).trim()]
    }
  })
  close()
  return doc
}

/** setuptools' list syntax: one item per line or comma-separated. */
export function cfgList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(s => s !== '')
}

/** setuptools' dict syntax: `key = value` items, one per line or comma-separated. */
export function cfgDict(value: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const item of cfgList(value)) {
    const eq = item.indexOf('=')
    if (eq !== -1) out.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim())
  }
  return out
}
