/**
 * Tools configured in pyproject.toml that take the version from the git tag
 * and are not tied to one backend's version table: setuptools-scm and
 * versioningit.
 */

import { pyprojectLine, type ResolutionContext } from './resolution-context.js'
import { stringAt, tableAt } from './toml-access.js'
import { vcs, type VcsVersion } from './version-declaration.js'

/** `[tool.setuptools_scm]`, whose presence turns setuptools-scm on. */
export function setuptoolsScm(ctx: ResolutionContext): VcsVersion | undefined {
  const key = ['tool', 'setuptools_scm']
  if (!tableAt(ctx.doc, ...key)) return undefined
  return vcs('setuptools-scm', pyprojectLine(ctx, ...key) ?? 1, {
    tagPattern: setuptoolsScmTagRegex(ctx)
  })
}

/** setuptools-scm's `tag_regex` override, also used by other front ends. */
export function setuptoolsScmTagRegex(
  ctx: ResolutionContext
): string | undefined {
  return stringAt(ctx.doc, 'tool', 'setuptools_scm', 'tag_regex')
}

/** `[tool.versioningit]`, which versioningit requires to be present. */
export function versioningit(ctx: ResolutionContext): VcsVersion | undefined {
  const key = ['tool', 'versioningit']
  if (!tableAt(ctx.doc, ...key)) return undefined
  return vcs('versioningit', pyprojectLine(ctx, ...key) ?? 1, {
    tagPattern: versioningitTagRegex(ctx)
  })
}

/** versioningit's `[tool.versioningit.tag2version] regex` override. */
export function versioningitTagRegex(
  ctx: ResolutionContext
): string | undefined {
  return stringAt(ctx.doc, 'tool', 'versioningit', 'tag2version', 'regex')
}
