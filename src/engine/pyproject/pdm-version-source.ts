/**
 * pdm-backend's `[tool.pdm.version]`: `file` reads `__version__` from
 * `path`, `scm` takes the git tag, `call` runs project code.
 */

import { findStringAssignment } from './python-assignment.js'
import {
  pyprojectLine,
  readReferenced,
  unresolved,
  type ResolutionContext
} from './resolution-context.js'
import { stringAt, tableAt } from './toml-access.js'
import {
  declared,
  vcs,
  type VersionDeclaration
} from './version-declaration.js'

const KEY = ['tool', 'pdm', 'version']

/** The version pdm-backend would use; undefined when not configured. */
export function pdmVersion(
  ctx: ResolutionContext
): VersionDeclaration | undefined {
  const config = tableAt(ctx.doc, ...KEY)
  if (!config) return undefined
  const source = stringAt(config, 'source')
  const line = pyprojectLine(ctx, ...KEY, 'source')
  if (source === 'scm') {
    return vcs('pdm-scm', line ?? 1, {
      tagPattern: stringAt(config, 'tag_regex')
    })
  }
  if (source !== 'file') {
    return unresolved(
      ctx,
      `pdm version source '${source ?? ''}'`,
      { file: 'pyproject.toml', line },
      {
        message: `pdm version source '${source ?? ''}' → not readable without running the build`,
        hint: 'Set [tool.pdm.version] source = "file" with path = "src/pkg/__init__.py", or source = "scm".'
      }
    )
  }
  return pdmFile(ctx, stringAt(config, 'path'))
}

function pdmFile(
  ctx: ResolutionContext,
  path: string | undefined
): VersionDeclaration {
  const at = {
    file: 'pyproject.toml',
    line: pyprojectLine(ctx, ...KEY, 'path')
  }
  if (path === undefined) {
    return unresolved(ctx, 'pdm file', at, {
      message: 'pdm file → [tool.pdm.version] has no path',
      hint: 'Set [tool.pdm.version] path = "src/pkg/__init__.py".'
    })
  }
  const tried = `pdm file '${path}'`
  const read = readReferenced(ctx, path, tried, at)
  if ('failure' in read) return read.failure
  const found = findStringAssignment(read.text, '__version__')
  if (!found) {
    return unresolved(
      ctx,
      tried,
      { file: read.path },
      {
        message: `${tried} → ${read.path} has no __version__ assignment`,
        hint: `Assign a string literal at module level in ${read.path}, e.g. __version__ = "1.2.3".`
      }
    )
  }
  return declared('pdm-file', found.value, read.path, found.line)
}
