/**
 * flit_core with a dynamic version reads `__version__` from the module it
 * packages: `[tool.flit.module] name`, else the project name with `-` as
 * `_`, found as a package or a single file, at the root or under `src/`.
 */

import { findStringAssignment, isDottedName } from './python-assignment.js'
import {
  pyprojectLine,
  readReferenced,
  unresolved,
  type ResolutionContext
} from './resolution-context.js'
import { stringAt } from './toml-access.js'
import { declared, type VersionDeclaration } from './version-declaration.js'

/** The version flit_core would read from the module's `__version__`. */
export function flitModuleVersion(ctx: ResolutionContext): VersionDeclaration {
  const configured = stringAt(ctx.doc, 'tool', 'flit', 'module', 'name')
  const name =
    configured ?? stringAt(ctx.doc, 'project', 'name')?.replace(/-/g, '_')
  const at = {
    file: 'pyproject.toml',
    line:
      configured === undefined
        ? pyprojectLine(ctx, 'project', 'dynamic')
        : pyprojectLine(ctx, 'tool', 'flit', 'module', 'name')
  }
  if (name === undefined) {
    return unresolved(ctx, 'flit module', at, {
      message:
        'flit module → neither [tool.flit.module] name nor [project] name is set',
      hint: 'Set [project] name, or [tool.flit.module] name = "pkg".'
    })
  }
  const tried = `flit module '${name}'`
  if (!isDottedName(name)) {
    return unresolved(ctx, tried, at, {
      message: `${tried} → not a Python module name`,
      hint: 'Set [tool.flit.module] name to the importable module, e.g. "my_pkg".'
    })
  }
  const base = name.split('.').join('/')
  const candidates = [
    `${base}/__init__.py`,
    `src/${base}/__init__.py`,
    `${base}.py`,
    `src/${base}.py`
  ]
  const path = candidates.find(p => ctx.read(p) !== undefined)
  if (path === undefined) {
    return unresolved(ctx, tried, at, {
      message: `${tried} → none of ${candidates.join(', ')} exists`,
      hint: 'Set [tool.flit.module] name to the importable module that holds __version__.'
    })
  }
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
  return declared('flit-module', found.value, read.path, found.line)
}
