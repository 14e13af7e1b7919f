import {
  PLAIN,
  renderText,
  validateRelease,
  type TextStyle
} from '../engine/index.js'
import {
  describeVersion,
  sortVersions,
  versionDescriptionToJson
} from '../engine/version/describe-version.js'
import { readReleaseSnapshot } from '../io/read-release-snapshot.js'
import {
  INPUT_NAMES,
  BOOLEAN_INPUTS,
  parseSettings,
  InputError
} from '../settings.js'
import { parseArgs, UsageError, type ParsedArgs } from './args.js'
import { HELP } from './help.js'
import { notesCommand } from './notes-command.js'

/** What the CLI touches: streams, environment, stdin. Injected for tests. */
export interface CliIO {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  readonly env: NodeJS.ProcessEnv
  readonly readStdin: () => string
  readonly colour: boolean
}

const SWITCHES = new Set(['json', 'sort', 'help'])

/** Runs one command; returns the exit code (0 ok, 1 failed check, 2 usage). */
export async function main(
  argv: readonly string[],
  io: CliIO
): Promise<number> {
  try {
    const args = parseArgs(argv, SWITCHES, BOOLEAN_INPUTS)
    if (
      args.command === 'help' ||
      args.command === '--help' ||
      args.flags.has('help')
    ) {
      io.out(HELP)
      return 0
    }
    if (args.command === 'check') return await check(args, io)
    if (args.command === 'version') return version(args, io)
    if (args.command === 'notes') return notesCommand(args, io)
    throw new UsageError(`Unknown command '${args.command}'.`)
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.err(
        `pypi-preflight: ${error.message}\nRun 'pypi-preflight help' for usage.\n`
      )
      return 2
    }
    // Anything else is a fault of ours or of the machine: one line, no trace.
    io.err(
      `pypi-preflight: ${error instanceof Error ? error.message : String(error)}\n`
    )
    return 1
  }
}

async function check(args: ParsedArgs, io: CliIO): Promise<number> {
  const unknown = [...args.flags.keys()].filter(
    k => k !== 'json' && !INPUT_NAMES.includes(k)
  )
  if (unknown.length > 0)
    throw new UsageError(`Unknown option --${unknown[0]}.`)
  if (args.positional.length > 0) {
    throw new UsageError(
      `'check' takes no positional arguments (got '${args.positional[0]}').`
    )
  }
  const settings = parseSettings(name => args.flags.get(name))
  const report = validateRelease(
    await readReleaseSnapshot(settings, io.env),
    settings
  )
  if (args.flags.has('json')) io.out(JSON.stringify(report, null, 2) + '\n')
  else io.out(renderText(report, io.colour ? ANSI : PLAIN))
  return report.result === 'fail' ? 1 : 0
}

function version(args: ParsedArgs, io: CliIO): number {
  const unknown = [...args.flags.keys()].filter(k => !SWITCHES.has(k))
  if (unknown.length > 0)
    throw new UsageError(`Unknown option --${unknown[0]} for 'version'.`)
  const inputs =
    args.positional.length > 0
      ? args.positional
      : io
          .readStdin()
          .split(/\r?\n/)
          .filter(line => line !== '')
  const described = inputs.map(describeVersion)
  if (args.flags.has('sort')) {
    io.out(
      sortVersions(inputs)
        .map(v => `${v}\n`)
        .join('')
    )
  } else if (args.flags.has('json')) {
    io.out(described.map(d => versionDescriptionToJson(d) + '\n').join(''))
  } else {
    io.out(
      described.map(d => `${d.input}\t${d.normalized ?? 'invalid'}\n`).join('')
    )
  }
  return described.every(d => d.valid) ? 0 : 1
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`
const ANSI: TextStyle = {
  red: ansi(31),
  yellow: ansi(33),
  green: ansi(32),
  dim: ansi(2),
  bold: ansi(1)
}
