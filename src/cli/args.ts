/** Command-line words, split into a command, flags and positional values. */
export interface ParsedArgs {
  readonly command: string
  readonly flags: ReadonlyMap<string, string>
  readonly positional: readonly string[]
}

/** A usage mistake: the CLI prints it with the help hint and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = UsageError.name
  }
}

/**
 * Parses `command --name value --name=value --switch VALUE…`. Names in
 * `switches` take no value (`--json`); a bare boolean input (`--strict`)
 * means `true` when the next word is another flag or absent.
 */
export function parseArgs(
  argv: readonly string[],
  switches: ReadonlySet<string>,
  booleans: ReadonlySet<string>
): ParsedArgs {
  const [command = 'help', ...rest] = argv
  const flags = new Map<string, string>()
  const positional: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string
    if (word === '--') {
      positional.push(...rest.slice(i + 1))
      break
    }
    if (!word.startsWith('--') || word === '-') {
      positional.push(word)
      continue
    }
    const eq = word.indexOf('=')
    const name = word.slice(2, eq === -1 ? undefined : eq)
    if (flags.has(name)) throw new UsageError(`--${name} is given twice.`)
    if (eq !== -1) flags.set(name, word.slice(eq + 1))
    else if (switches.has(name)) flags.set(name, 'true')
    else {
      const next = rest[i + 1]
      if (next === undefined || (next.startsWith('--') && booleans.has(name))) {
        if (!booleans.has(name))
          throw new UsageError(`--${name} needs a value.`)
        flags.set(name, 'true')
      } else {
        flags.set(name, next)
        i++
      }
    }
  }
  return { command, flags, positional }
}
