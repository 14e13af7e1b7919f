/**
 * State shared by the version sources while one pyproject.toml is resolved:
 * the parsed document, its line index, a bounded file reader and the
 * findings gathered so far.
 */

import { finding, type Finding } from '../report/finding.js'
import { joinPath } from './relative-path.js'
import type { TomlTable } from './toml-access.js'
import type { TomlLineIndex } from './toml-lines.js'
import type { UnresolvedVersion } from './version-declaration.js'

/**
 * Reads a file relative to the working directory (posix separators, may
 * contain '..'); undefined when missing or unreadable. Injected by the
 * caller: the engine never touches the disk.
 */
export type FileReader = (path: string) => string | undefined

/** Files above this size are not read: no real version file is this big. */
export const MAX_FILE_CHARS = 5 * 1024 * 1024

/** What every version source gets to work with. */
export interface ResolutionContext {
  /** The parsed pyproject.toml. */
  readonly doc: TomlTable
  /** Lines of pyproject.toml keys. */
  readonly lines: TomlLineIndex
  /** `[build-system].build-backend`, or null. */
  readonly backend: string | null
  /** Whether `[project].dynamic` lists `version`. */
  readonly dynamic: boolean
  readonly read: FileReader
  /** Findings collected so far; sources append to it. */
  readonly findings: Finding[]
}

/** A file's normalized path and text, or why it is unusable. */
export type ReadResult =
  | { readonly path: string; readonly text: string }
  | { readonly failure: UnresolvedVersion }

/** A place in a file; the line is unknown for some failures. */
export interface Where {
  readonly file: string
  readonly line?: number | undefined
}

/** The 1-based line of a pyproject.toml key, or of its closest parent. */
export function pyprojectLine(
  ctx: ResolutionContext,
  ...path: string[]
): number | undefined {
  return ctx.lines.lineOf(path)
}

/**
 * Reads a file a source refers to, given as written in the configuration.
 * An absolute, missing or oversized file becomes an error finding pointing
 * at the reference (`from`).
 */
export function readReferenced(
  ctx: ResolutionContext,
  configured: string,
  tried: string,
  from: Where
): ReadResult {
  const path = joinPath('.', configured)
  if (path === undefined) {
    return {
      failure: unresolved(ctx, tried, from, {
        message: `${tried} → '${configured}' is an absolute path`,
        hint: 'Give the path relative to the folder holding pyproject.toml.'
      })
    }
  }
  const text = ctx.read(path)
  if (text === undefined) {
    return {
      failure: fail(ctx, 'version/file-missing', tried, from, {
        message: `${tried} → ${path} does not exist`,
        hint: `Create ${path} or point the version source at the file that holds the version.`
      })
    }
  }
  if (text.length > MAX_FILE_CHARS) {
    return {
      failure: fail(
        ctx,
        'file/too-large',
        tried,
        { file: path },
        {
          message: `${tried} → ${path} is larger than 5 MB and was not read`,
          hint: 'Keep the version in a small file.'
        }
      )
    }
  }
  return { path, text }
}

/**
 * Records that `tried` gave no version: one error finding and the matching
 * unresolved outcome.
 */
export function unresolved(
  ctx: ResolutionContext,
  tried: string,
  where: Where,
  text: { message: string; hint: string }
): UnresolvedVersion {
  return fail(ctx, 'version/unresolved', tried, where, text)
}

/** Like `unresolved`, with a more specific finding id. */
export function fail(
  ctx: ResolutionContext,
  id: string,
  tried: string,
  where: Where,
  text: { message: string; hint: string }
): UnresolvedVersion {
  ctx.findings.push(
    finding(id, 'error', text.message, {
      file: where.file,
      line: where.line,
      hint: text.hint
    })
  )
  return where.line === undefined
    ? { kind: 'unresolved', tried, file: where.file }
    : { kind: 'unresolved', tried, file: where.file, line: where.line }
}
