/**
 * The version of a Rust crate as maturin reads it: `[package].version` of
 * its Cargo.toml, or, with `version.workspace = true`, the
 * `[workspace.package].version` of the workspace root, which is the nearest
 * parent folder whose Cargo.toml has a `[workspace]` table.
 */

import { parentDir, joinPath } from './relative-path.js'
import {
  readReferenced,
  unresolved,
  type ResolutionContext,
  type Where
} from './resolution-context.js'
import {
  parseToml,
  stringAt,
  tableAt,
  valueAt,
  type TomlTable
} from './toml-access.js'
import { indexTomlLines } from './toml-lines.js'
import {
  declared,
  type UnresolvedVersion,
  type VersionDeclaration
} from './version-declaration.js'

// Deeper than any real repository; bounds the walk when no root exists.
const MAX_PARENT_LEVELS = 32

interface Manifest {
  readonly path: string
  readonly text: string
  readonly toml: TomlTable
}

/** Resolves the crate version declared by the Cargo.toml at `configured`. */
export function crateVersion(
  ctx: ResolutionContext,
  configured: string,
  tried: string,
  at: Where
): VersionDeclaration {
  const read = readReferenced(ctx, configured, tried, at)
  if ('failure' in read) return read.failure
  const crate = parseManifest(ctx, read.path, read.text, tried)
  if (!('toml' in crate)) return crate
  const version = valueAt(crate.toml, 'package', 'version')
  const lines = indexTomlLines(crate.text)
  const line = lines.lineOf(['package', 'version'])
  if (typeof version === 'string') {
    return declared('maturin-cargo', version, crate.path, line ?? 1)
  }
  if (valueAt(version, 'workspace') === true) {
    return workspaceVersion(ctx, crate, tried)
  }
  return unresolved(
    ctx,
    tried,
    { file: crate.path, line: line ?? lines.lineOf(['package']) },
    {
      message: `${tried} → ${crate.path} has no [package] version`,
      hint: `Set version = "1.2.3" in [package] of ${crate.path}.`
    }
  )
}

function workspaceVersion(
  ctx: ResolutionContext,
  crate: Manifest,
  tried: string
): VersionDeclaration {
  // A crate can be its own workspace root, so the search starts at its
  // folder; `package.workspace` names the root folder outright.
  const explicit = stringAt(crate.toml, 'package', 'workspace')
  const home = parentDir(crate.path)
  let dir = explicit === undefined ? home : (joinPath(home, explicit) ?? home)
  for (let level = 0; level < MAX_PARENT_LEVELS; level++) {
    const path = joinPath(dir, 'Cargo.toml') ?? 'Cargo.toml'
    if (ctx.read(path) !== undefined) {
      const root = workspaceRoot(ctx, path, tried)
      if (root) return root
    }
    if (explicit !== undefined) break
    dir = parentDir(dir)
  }
  return unresolved(
    ctx,
    tried,
    {
      file: crate.path,
      line: indexTomlLines(crate.text).lineOf(['package', 'version'])
    },
    {
      message: `${tried} → ${crate.path} inherits its version from the workspace, but no parent Cargo.toml has a [workspace] table`,
      hint: `Set version = "1.2.3" in [package] of ${crate.path}, or in [workspace.package] of the workspace root.`
    }
  )
}

/** The version of a workspace root, or undefined when `path` is no root. */
function workspaceRoot(
  ctx: ResolutionContext,
  path: string,
  tried: string
): VersionDeclaration | undefined {
  const read = readReferenced(ctx, path, tried, { file: path })
  if ('failure' in read) return read.failure
  const manifest = parseManifest(ctx, path, read.text, tried)
  if (!('toml' in manifest)) return manifest
  if (!tableAt(manifest.toml, 'workspace')) return undefined
  const lines = indexTomlLines(manifest.text)
  const version = stringAt(manifest.toml, 'workspace', 'package', 'version')
  if (version === undefined) {
    return unresolved(
      ctx,
      tried,
      { file: path, line: lines.lineOf(['workspace', 'package']) },
      {
        message: `${tried} → workspace root ${path} has no [workspace.package] version`,
        hint: `Set version = "1.2.3" in [workspace.package] of ${path}.`
      }
    )
  }
  const line = lines.lineOf(['workspace', 'package', 'version']) ?? 1
  return declared('maturin-cargo-workspace', version, path, line)
}

function parseManifest(
  ctx: ResolutionContext,
  path: string,
  text: string,
  tried: string
): Manifest | UnresolvedVersion {
  const parsed = parseToml(text)
  if ('toml' in parsed) return { path, text, toml: parsed.toml }
  return unresolved(
    ctx,
    tried,
    { file: path, line: parsed.line },
    {
      message: `${tried} → ${path} is not valid TOML: ${parsed.error}`,
      hint: `Fix the TOML syntax of ${path}.`
    }
  )
}
