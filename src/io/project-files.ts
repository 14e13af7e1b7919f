import {
  existsSync,
  openSync,
  readSync,
  closeSync,
  fstatSync,
  realpathSync
} from 'node:fs'
import { isAscii } from 'node:buffer'
import path from 'node:path'

/** Files larger than this are not read: no real pyproject or version file is. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024

/**
 * Reads project files relative to the working directory, confined to
 * `root` (the checkout): a hostile pyproject cannot point the reader at
 * files outside the repository through `..` or a symlink.
 */
export function projectFileReader(
  workingDirectory: string,
  root: string
): (relative: string) => string | undefined {
  const realRoot = safeRealpath(root)
  return relative => {
    if (path.isAbsolute(relative) || relative.includes('\0')) return undefined
    const target = safeRealpath(path.resolve(workingDirectory, relative))
    if (!target || !realRoot || !isInside(target, realRoot)) return undefined
    return readTextFile(target)
  }
}

/** The folder reads are confined to: the checkout that holds the working directory. */
export function checkoutRoot(
  workingDirectory: string,
  env: NodeJS.ProcessEnv
): string {
  const wd = path.resolve(workingDirectory)
  const workspace = env.GITHUB_WORKSPACE
    ? path.resolve(env.GITHUB_WORKSPACE)
    : null
  if (workspace && isInside(wd, workspace)) return workspace
  for (let dir = wd; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) break
  }
  const cwd = process.cwd()
  return isInside(wd, cwd) ? cwd : wd
}

/** Reads a UTF-8 text file of bounded size; `undefined` when missing, too large or not a file. */
export function readTextFile(
  file: string,
  limit = MAX_TEXT_BYTES
): string | undefined {
  let fd: number | null = null
  try {
    fd = openSync(file, 'r')
    const stat = fstatSync(fd)
    if (!stat.isFile() || stat.size > limit) return undefined
    const buffer = Buffer.alloc(stat.size)
    let read = 0
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read)
      if (n === 0) break
      read += n
    }
    const bytes = buffer.subarray(0, read)
    // ASCII, as most of these files are, reads the same as Latin-1, which
    // Node keeps outside the JavaScript heap when large: a long changelog
    // then costs no garbage collection.
    return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
  } catch {
    return undefined
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

function safeRealpath(p: string): string | null {
  try {
    return realpathSync(p)
  } catch {
    return null
  }
}

/** `child` is `parent` or below it (a name like `..foo` is below it). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  const up = rel === '..' || rel.startsWith(`..${path.sep}`)
  return !up && !path.isAbsolute(rel)
}
