/**
 * maturin with a dynamic version takes it from Cargo.toml next to
 * pyproject.toml, or from `[tool.maturin] manifest-path`.
 */

import { crateVersion } from './cargo-manifest.js'
import { pyprojectLine, type ResolutionContext } from './resolution-context.js'
import { stringAt } from './toml-access.js'
import type { VersionDeclaration } from './version-declaration.js'

/** The version maturin would put in the wheel's metadata. */
export function maturinCargoVersion(
  ctx: ResolutionContext
): VersionDeclaration {
  const configured = stringAt(ctx.doc, 'tool', 'maturin', 'manifest-path')
  const manifest = configured ?? 'Cargo.toml'
  const line =
    configured === undefined
      ? pyprojectLine(ctx, 'project', 'dynamic')
      : pyprojectLine(ctx, 'tool', 'maturin', 'manifest-path')
  return crateVersion(ctx, manifest, `maturin Cargo.toml '${manifest}'`, {
    file: 'pyproject.toml',
    line
  })
}
