/** setuptools' `[tool.setuptools.dynamic] version` in pyproject.toml. */

import {
  pyprojectLine,
  unresolved,
  type ResolutionContext
} from './resolution-context.js'
import {
  packageLayout,
  resolveAttr,
  resolveFileDirective
} from './setuptools-directives.js'
import { stringAt, stringsAt, tableAt } from './toml-access.js'
import type { VersionDeclaration } from './version-declaration.js'

/** The version from `attr` or `file`; undefined when not configured. */
export function setuptoolsDynamicVersion(
  ctx: ResolutionContext
): VersionDeclaration | undefined {
  const key = ['tool', 'setuptools', 'dynamic', 'version']
  const spec = tableAt(ctx.doc, ...key)
  if (!spec) return undefined
  const attr = stringAt(spec, 'attr')
  if (attr !== undefined) {
    const line = pyprojectLine(ctx, ...key, 'attr')
    return resolveAttr(ctx, attr, layout(ctx), 'setuptools-attr', {
      file: 'pyproject.toml',
      line
    })
  }
  const files = stringsAt(spec, 'file')
  if (files.length > 0) {
    const line = pyprojectLine(ctx, ...key, 'file')
    return resolveFileDirective(ctx, files, 'setuptools-file', {
      file: 'pyproject.toml',
      line
    })
  }
  return unresolved(
    ctx,
    'setuptools dynamic version',
    { file: 'pyproject.toml', line: pyprojectLine(ctx, ...key) },
    {
      message:
        'setuptools dynamic version → [tool.setuptools.dynamic] version has neither attr nor file',
      hint: 'Set [tool.setuptools.dynamic] version = { attr = "pkg.__version__" } or { file = "VERSION" }.'
    }
  )
}

function layout(ctx: ResolutionContext) {
  const table = tableAt(ctx.doc, 'tool', 'setuptools', 'package-dir') ?? {}
  const packageDir = new Map<string, string>()
  for (const [name, dir] of Object.entries(table)) {
    if (typeof dir === 'string') packageDir.set(name, dir)
  }
  const where = stringsAt(
    ctx.doc,
    'tool',
    'setuptools',
    'packages',
    'find',
    'where'
  )
  return packageLayout(packageDir, where)
}
