/** Git's output, or why there is none. */
export type GitResult =
  | { readonly ok: true; readonly stdout: string }
  | {
      readonly ok: false
      /** Git itself could not be started (not installed, not on PATH). */
      readonly missing: boolean
      /** Git's first error line, or the system error. */
      readonly message: string
    }

// Tag lists of the largest repositories fit well within this.
const MAX_OUTPUT = 16 * 1024 * 1024
const TIMEOUT_MS = 20_000

/**
 * Runs one git command in `cwd`, without a shell, prompts, optional locks
 * (so a read never leaves an index.lock behind) or translated messages;
 * output and time are bounded, and every failure is a value.
 */
export async function runGit(
  cwd: string,
  args: readonly string[]
): Promise<GitResult> {
  // Loaded on first use: most runs never start git, and loading
  // child_process (with net and dgram) is a noticeable part of start-up.
  const { execFile } = await import('node:child_process')
  return new Promise(resolve => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: MAX_OUTPUT,
        timeout: TIMEOUT_MS,
        windowsHide: true,
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: '0',
          GIT_OPTIONAL_LOCKS: '0',
          LC_ALL: 'C'
        }
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout })
        const code = (error as { code?: unknown }).code
        const firstLine = stderr.trim().split('\n', 1)[0]?.slice(0, 300)
        resolve({
          ok: false,
          missing: code === 'ENOENT',
          message: firstLine || error.message.split('\n', 1)[0] || 'git failed'
        })
      }
    )
  })
}
