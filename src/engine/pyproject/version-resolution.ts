/**
 * How a static version, a dynamic one and a missing one are told apart, and
 * the findings each case raises besides the sources' own.
 */

import { finding } from '../report/finding.js'
import {
  backendFamily,
  dynamicVersion,
  type BackendFamily
} from './backend-version-sources.js'
import { poetryDynamicVersioning } from './poetry-version-source.js'
import {
  fail,
  pyprojectLine,
  unresolved,
  type ResolutionContext
} from './resolution-context.js'
import { tableAt, valueAt } from './toml-access.js'
import {
  declared,
  type UnresolvedVersion,
  type VersionDeclaration
} from './version-declaration.js'

const PYPROJECT = 'pyproject.toml'

/**
 * The declaration pyproject.toml makes: a static `[project].version` (which
 * poetry-dynamic-versioning may still override), else the first configured
 * source the build backend reads.
 */
export function resolveDeclaration(ctx: ResolutionContext): VersionDeclaration {
  const family = backendFamily(ctx.backend)
  const value = valueAt(ctx.doc, 'project', 'version')
  if (value !== undefined) return staticVersion(ctx, value, family)
  const found = dynamicVersion(ctx, family)
  if (!found) return missingVersion(ctx, family)
  if (tableAt(ctx.doc, 'project') && !ctx.dynamic) {
    ctx.findings.push(
      finding(
        'version/not-dynamic',
        'warning',
        '[project] has no version and does not list "version" in dynamic; PEP 621 backends refuse this',
        {
          file: PYPROJECT,
          line: pyprojectLine(ctx, 'project'),
          hint: 'Add dynamic = ["version"] to [project].'
        }
      )
    )
  }
  return found
}

function staticVersion(
  ctx: ResolutionContext,
  value: unknown,
  family: BackendFamily
): VersionDeclaration {
  const line = pyprojectLine(ctx, 'project', 'version')
  if (typeof value !== 'string') {
    return unresolved(
      ctx,
      '[project] version',
      { file: PYPROJECT, line },
      {
        message: '[project] version → is not a string',
        hint: 'Quote the version: version = "1.2.3".'
      }
    )
  }
  if (ctx.dynamic) {
    ctx.findings.push(
      finding(
        'version/static-and-dynamic',
        'error',
        `[project] sets version = "${value}" and also lists "version" in dynamic`,
        {
          file: PYPROJECT,
          line: pyprojectLine(ctx, 'project', 'dynamic'),
          hint: 'Remove "version" from [project] dynamic, or remove the static version.'
        }
      )
    )
  }
  // poetry-dynamic-versioning replaces even a static version at build time.
  const fromTag = family.sources.includes(poetryDynamicVersioning)
    ? poetryDynamicVersioning(ctx)
    : undefined
  return fromTag ?? declared('static', value, PYPROJECT, line ?? 1)
}

function missingVersion(
  ctx: ResolutionContext,
  family: BackendFamily
): UnresolvedVersion {
  if (ctx.dynamic) {
    return fail(
      ctx,
      'version/dynamic-without-source',
      `${family.label} dynamic version`,
      { file: PYPROJECT, line: pyprojectLine(ctx, 'project', 'dynamic') },
      {
        message: `[project] lists "version" in dynamic, but no version source that ${family.label} reads is configured`,
        hint: family.hint
      }
    )
  }
  const project = tableAt(ctx.doc, 'project')
  return unresolved(
    ctx,
    'pyproject.toml version',
    {
      file: PYPROJECT,
      line: project ? pyprojectLine(ctx, 'project') : undefined
    },
    {
      message: project
        ? 'pyproject.toml declares no version: [project] has no version and does not list it in dynamic'
        : `pyproject.toml declares no version: there is no [project] table and no version source that ${family.label} reads is configured`,
      hint: 'Set [project] version = "1.2.3", or list "version" in [project] dynamic and configure the backend\'s version source.'
    }
  )
}
