import { randomUUID } from 'node:crypto'
import { appendFileSync, writeSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The runner's workflow-command protocol, written directly: loading
 * @actions/core (and the HTTP client it pulls in) alone costs more than
 * the cold-start budget allows. Escaping follows the toolkit's rules.
 */

/** Where an annotation points. */
export interface AnnotationPlace {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
}

/** The subset of the runner protocol the action uses; faked in tests. */
export interface Runner {
  input(name: string): string | undefined
  setOutput(name: string, value: string): void
  annotate(
    level: 'error' | 'warning' | 'notice',
    message: string,
    place?: AnnotationPlace
  ): void
  info(line: string): void
  /** Prints text that may hold `::command::` lines without the runner acting on them. */
  infoUntrusted(text: string): void
  debug(message: string): void
  group(name: string): void
  endGroup(): void
  mask(secret: string): void
  /** Appends Markdown to the job summary; false where the runner has none. */
  appendSummary(markdown: string): boolean
  fail(message: string): void
}

// Message data: only the characters that would end the command line.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

// Property values also must not close the property list.
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function command(
  name: string,
  props: Record<string, string | number | undefined>,
  message: string
): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  // A legacy `##[` command is matched anywhere in a line; keep one out of
  // our data even though a line that parses as `::name` is not read again.
  const data = escapeData(message).replace(/##\[/g, '##\u200b[')
  return `::${name}${list ? ` ${list}` : ''}::${data}`
}

/** The runner protocol over this process's environment and stdout. */
export function processRunner(
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = writeStdout
): Runner {
  const line = (text: string): void => write(text + EOL)
  return {
    input: name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT
      if (file) appendFileSync(file, fileCommand(name, value))
      else line(command('set-output', { name }, value))
    },
    annotate: (level, message, place = {}) =>
      line(
        command(
          level,
          { title: place.title, file: place.file, line: place.startLine },
          message
        )
      ),
    info: text => line(neutralize(text)),
    infoUntrusted: text => {
      const token = randomUUID()
      line(`::stop-commands::${token}`)
      line(text)
      line(`::${token}::`)
    },
    debug: message => line(command('debug', {}, message)),
    group: name => line(command('group', {}, name)),
    endGroup: () => line('::endgroup::'),
    mask: secret => {
      if (secret) line(command('add-mask', {}, secret))
    },
    appendSummary: markdown => {
      const file = env.GITHUB_STEP_SUMMARY
      if (!file) return false
      appendFileSync(file, markdown)
      return true
    },
    fail: message => {
      process.exitCode = 1
      line(command('error', {}, message))
    }
  }
}

// A single line of ours may still quote untrusted text (a tag, a path):
// keep it from starting a command or a legacy `##[` command.
function neutralize(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/^(\s*)::/, '$1: :')
    .replace(/##\[/g, '##\u200b[')
}

/** One `name<<delimiter` block of a runner file command. */
export function fileCommand(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  // A random delimiter cannot occur in the value by chance; by design it
  // could only be guessed, and then the write must not happen.
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Output '${name}' contains its own delimiter.`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

let stdoutStream = false

/**
 * Writes to file descriptor 1 directly: setting up `process.stdout` costs
 * more start-up than everything the action prints. Should the runner hand
 * over a non-blocking pipe that is full, the rest goes through
 * `process.stdout`, which waits for it to drain, and so does all after it.
 */
function writeStdout(text: string): void {
  if (stdoutStream) {
    process.stdout.write(text)
    return
  }
  const bytes = Buffer.from(text)
  let written = 0
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    stdoutStream = true
    process.stdout.write(bytes.subarray(written))
  }
}
