/**
 * hatchling's `[tool.hatch.version]`: the default `regex` source reads
 * `path` with `pattern`; `vcs` (hatch-vcs) and `versioningit` take the tag.
 */

import { lineAt } from './python-assignment.js'
import { compilePythonRegex, searchPython } from './python-regex.js'
import {
  pyprojectLine,
  readReferenced,
  unresolved,
  type ResolutionContext
} from './resolution-context.js'
import { stringAt, tableAt, type TomlTable } from './toml-access.js'
import { versioningitTagRegex } from './vcs-version-source.js'
import {
  declared,
  vcs,
  type VersionDeclaration
} from './version-declaration.js'

// hatchling.version.source.regex DEFAULT_PATTERN, searched with re.MULTILINE.
const DEFAULT_PATTERN = `(?i)^(__version__|VERSION) *= *([\\'"])v?(?P<version>.+?)\\2`

const KEY = ['tool', 'hatch', 'version']

/** The version hatchling would use; undefined when not configured. */
export function hatchVersion(
  ctx: ResolutionContext
): VersionDeclaration | undefined {
  const config = tableAt(ctx.doc, ...KEY)
  if (!config) return undefined
  const source = stringAt(config, 'source') ?? 'regex'
  const line = pyprojectLine(ctx, ...KEY, 'source') ?? 1
  switch (source) {
    case 'regex':
      return hatchPath(ctx, config)
    case 'vcs':
      return vcs('hatch-vcs', line, {
        tagPattern:
          stringAt(config, 'tag-pattern') ??
          stringAt(config, 'raw-options', 'tag_regex')
      })
    case 'versioningit':
      return vcs('versioningit', line, {
        tagPattern: versioningitTagRegex(ctx)
      })
    default:
      return unresolved(
        ctx,
        `hatch version source '${source}'`,
        { file: 'pyproject.toml', line },
        {
          message: `hatch version source '${source}' → computed at build time, so it cannot be read without running the build`,
          hint: 'Use [tool.hatch.version] path = "src/pkg/__about__.py" with a literal __version__, or source = "vcs".'
        }
      )
  }
}

function hatchPath(
  ctx: ResolutionContext,
  config: TomlTable
): VersionDeclaration {
  const path = stringAt(config, 'path')
  const at = {
    file: 'pyproject.toml',
    line: pyprojectLine(ctx, ...KEY, 'path')
  }
  if (path === undefined) {
    return unresolved(ctx, 'hatch path', at, {
      message: 'hatch path → [tool.hatch.version] has no path',
      hint: 'Set [tool.hatch.version] path = "src/pkg/__about__.py", or source = "vcs".'
    })
  }
  const tried = `hatch path '${path}'`
  const custom = stringAt(config, 'pattern')
  const compiled = compilePythonRegex(custom ?? DEFAULT_PATTERN, {
    multiline: true
  })
  if ('error' in compiled) {
    return unresolved(
      ctx,
      tried,
      { file: 'pyproject.toml', line: pyprojectLine(ctx, ...KEY, 'pattern') },
      {
        message: `${tried} → pattern cannot be used: ${compiled.error}`,
        hint: 'Use a pattern without Python-only syntax, with a group named version.'
      }
    )
  }
  const read = readReferenced(ctx, path, tried, at)
  if ('failure' in read) return read.failure
  const m = searchPython(compiled.regex, read.text)
  const version = m?.named.version
  if (!m || version === undefined) {
    return unresolved(
      ctx,
      tried,
      { file: read.path },
      {
        message: `${tried} → ${read.path} has no line matching ${custom === undefined ? 'the default pattern (__version__ = "…")' : `pattern ${custom}`}`,
        hint: `Add __version__ = "1.2.3" to ${read.path}, or set [tool.hatch.version] pattern with a group named version.`
      }
    )
  }
  const offset = m.groupIndex('version') ?? m.index
  return declared('hatch-path', version, read.path, lineAt(read.text, offset))
}
