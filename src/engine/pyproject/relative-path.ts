/**
 * Posix paths relative to the working directory. They may climb above it
 * with `..` (a Cargo workspace root, a monorepo's shared files), so leading
 * `..` segments are kept rather than clamped.
 */

/** Joins `path` onto `dir` and resolves `.` and `..`; undefined if absolute. */
export function joinPath(dir: string, path: string): string | undefined {
  const unified = path.replace(/\\/g, '/')
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) return undefined
  const out: string[] = []
  for (const part of `${dir}/${unified}`.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') {
      out.pop()
    } else {
      out.push(part)
    }
  }
  return out.length === 0 ? '.' : out.join('/')
}

/** The folder holding `path` (`.` for a bare file name). */
export function parentDir(path: string): string {
  return joinPath(path, '..') ?? '.'
}
