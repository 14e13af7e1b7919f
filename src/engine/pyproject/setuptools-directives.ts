/**
 * setuptools' `attr` and `file` directives, shared by pyproject.toml and
 * setup.cfg. `attr` is read statically: find the module the way setuptools
 * does (honouring `package-dir`), then the attribute's string literal, as
 * setuptools' own `StaticModule` tries before importing.
 */

import { findStringAssignment, isDottedName } from './python-assignment.js'
import { joinPath } from './relative-path.js'
import {
  readReferenced,
  unresolved,
  type ResolutionContext,
  type Where
} from './resolution-context.js'
import { declared, type VersionDeclaration } from './version-declaration.js'

/** Where packages live: setuptools `package-dir` plus `packages.find.where`. */
export interface PackageLayout {
  readonly packageDir: ReadonlyMap<string, string>
  readonly where: readonly string[]
}

/** A layout; like setuptools, a single `where` folder maps the root package. */
export function packageLayout(
  packageDir: Map<string, string>,
  where: readonly string[]
): PackageLayout {
  const [only] = where
  if (where.length === 1 && only !== undefined && joinPath('.', only) !== '.') {
    if (!packageDir.has('')) packageDir.set('', only)
  }
  return { packageDir, where }
}

/** Reads the first line of a `file` directive's first existing file. */
export function resolveFileDirective(
  ctx: ResolutionContext,
  files: readonly string[],
  source: 'setuptools-file' | 'setup.cfg-file',
  at: Where
): VersionDeclaration {
  const label =
    source === 'setuptools-file' ? 'setuptools file' : 'setup.cfg file'
  // setuptools skips listed files that do not exist.
  const configured = files.find(f => exists(ctx, f)) ?? files[0] ?? ''
  const tried = `${label} '${configured}'`
  const read = readReferenced(ctx, configured, tried, at)
  if ('failure' in read) return read.failure
  const first = (read.text.split('\n')[0] ?? '').trim()
  if (first === '') {
    return unresolved(
      ctx,
      tried,
      { file: read.path, line: 1 },
      {
        message: `${tried} → ${read.path} is empty on its first line`,
        hint: `Write the version alone on the first line of ${read.path}, e.g. 1.2.3.`
      }
    )
  }
  return declared(source, first, read.path, 1)
}

/** Resolves `attr = "pkg.mod.__version__"` to the literal it names. */
export function resolveAttr(
  ctx: ResolutionContext,
  spec: string,
  layout: PackageLayout,
  source: 'setuptools-attr' | 'setup.cfg-attr',
  at: Where
): VersionDeclaration {
  const label =
    source === 'setuptools-attr' ? 'setuptools attr' : 'setup.cfg attr'
  const tried = `${label} '${spec}'`
  const parts = spec.trim().split('.')
  const attr = parts.pop() ?? ''
  const module = parts.join('.') || '__init__'
  if (!isDottedName(module)) {
    return unresolved(ctx, tried, at, {
      message: `${tried} → '${module}' is not a Python module path`,
      hint: 'Write attr as "package.module.__version__".'
    })
  }
  const candidates = moduleFiles(module, layout)
  const path = candidates.find(p => ctx.read(p) !== undefined)
  if (path === undefined) {
    return unresolved(ctx, tried, at, {
      message: `${tried} → module '${module}' not found (looked for ${candidates.join(', ')})`,
      hint: `Point attr at an importable module, or map its folder with [tool.setuptools.package-dir], e.g. {"" = "src"}.`
    })
  }
  const read = readReferenced(ctx, path, tried, at)
  if ('failure' in read) return read.failure
  const found = findStringAssignment(read.text, attr)
  if (!found) {
    return unresolved(
      ctx,
      tried,
      { file: path },
      {
        message: `${tried} → ${path} has no ${attr} assignment`,
        hint: `Assign a string literal at module level in ${path}, e.g. ${attr} = "1.2.3"; a computed value cannot be checked before building.`
      }
    )
  }
  return declared(source, found.value, path, found.line)
}

function exists(ctx: ResolutionContext, configured: string): boolean {
  const path = joinPath('.', configured)
  return path !== undefined && ctx.read(path) !== undefined
}

/** Candidate files for a module, most specific `package-dir` entry first. */
function moduleFiles(module: string, layout: PackageLayout): string[] {
  const parts = module.split('.')
  const starts = [
    packagePath(parts, layout.packageDir),
    ...[...layout.where, '.', 'src'].map(root =>
      joinPath(root, parts.join('/'))
    )
  ]
  const files = starts.flatMap(start =>
    start === undefined ? [] : [`${start}.py`, `${start}/__init__.py`]
  )
  return [...new Set(files)]
}

// setuptools.discovery.find_package_path: the longest mapped prefix wins,
// then the "" entry, then the project root.
function packagePath(
  parts: readonly string[],
  packageDir: ReadonlyMap<string, string>
): string | undefined {
  for (let i = parts.length; i > 0; i--) {
    const mapped = packageDir.get(parts.slice(0, i).join('.'))
    if (mapped !== undefined) {
      return joinPath(mapped, parts.slice(i).join('/'))
    }
  }
  return joinPath(packageDir.get('') ?? '.', parts.join('/'))
}
