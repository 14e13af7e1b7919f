/**
 * Poetry: `[tool.poetry].version`, unless poetry-dynamic-versioning is on,
 * in which case that version is only a placeholder for the tag's.
 */

import { pyprojectLine, type ResolutionContext } from './resolution-context.js'
import { stringAt, tableAt, valueAt } from './toml-access.js'
import {
  declared,
  vcs,
  type VersionDeclaration
} from './version-declaration.js'

/** `[tool.poetry].version`; undefined when absent. */
export function poetryVersion(
  ctx: ResolutionContext
): VersionDeclaration | undefined {
  const raw = stringAt(ctx.doc, 'tool', 'poetry', 'version')
  if (raw === undefined) return undefined
  const line = pyprojectLine(ctx, 'tool', 'poetry', 'version') ?? 1
  return declared('poetry', raw, 'pyproject.toml', line)
}

/**
 * poetry-dynamic-versioning, on through `enable = true` or through its own
 * build backend (unless explicitly disabled).
 */
export function poetryDynamicVersioning(
  ctx: ResolutionContext
): VersionDeclaration | undefined {
  const key = ['tool', 'poetry-dynamic-versioning']
  const enable = valueAt(ctx.doc, ...key, 'enable')
  const viaBackend =
    ctx.backend?.startsWith('poetry_dynamic_versioning') === true
  if (enable !== true && !(viaBackend && enable !== false)) return undefined
  const line =
    enable === true
      ? pyprojectLine(ctx, ...key, 'enable')
      : pyprojectLine(ctx, 'build-system', 'build-backend')
  return vcs('poetry-dynamic-versioning', line ?? 1, {
    tagPattern: stringAt(tableAt(ctx.doc, ...key), 'pattern'),
    placeholder:
      stringAt(ctx.doc, 'project', 'version') ??
      stringAt(ctx.doc, 'tool', 'poetry', 'version')
  })
}
