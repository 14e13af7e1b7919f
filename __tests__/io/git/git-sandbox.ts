import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// A fixed identity and clock, and no user or system configuration.
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Example',
  GIT_AUTHOR_EMAIL: 'ada@example.org',
  GIT_COMMITTER_NAME: 'Ada Example',
  GIT_COMMITTER_EMAIL: 'ada@example.org',
  GIT_AUTHOR_DATE: '2025-01-02T03:04:05Z',
  GIT_COMMITTER_DATE: '2025-01-02T03:04:05Z',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}

/** A real git repository in a temporary folder. */
export class GitSandbox {
  readonly dir: string
  private commits = 0

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'preflight-git-'))
  }

  /** A new repository on branch `main`. */
  static init(): GitSandbox {
    const repo = new GitSandbox()
    repo.git('init', '-q', '-b', 'main')
    return repo
  }

  /** Runs git here and returns its output, trimmed. */
  git(...args: string[]): string {
    return execFileSync(
      'git',
      ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
      {
        cwd: this.dir,
        env: ENV,
        encoding: 'utf8'
      }
    ).trim()
  }

  /** Writes a file and commits it; returns the commit id. */
  commit(file = 'pyproject.toml', text?: string): string {
    this.commits++
    writeFileSync(join(this.dir, file), text ?? `# change ${this.commits}\n`)
    this.git('add', file)
    this.git('commit', '-q', '-m', `Change ${this.commits}`)
    return this.git('rev-parse', 'HEAD')
  }

  /** Tags HEAD (annotated unless `lightweight`). */
  tag(name: string, lightweight = false): void {
    if (lightweight) this.git('tag', name)
    else this.git('tag', '-a', name, '-m', `Release ${name}`)
  }

  /** `git clone --depth 1 file://…` of this repository. */
  shallowClone(): GitSandbox {
    const clone = new GitSandbox()
    clone.git('clone', '-q', '--depth', '1', `file://${this.dir}`, '.')
    return clone
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
