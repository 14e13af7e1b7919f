/**
 * scikit-build-core's `[tool.scikit-build.metadata.version]` providers: the
 * regex provider reads `input` with `regex` and fills `result`; the
 * setuptools_scm provider takes the git tag.
 */

import { formatPython } from './python-format.js'
import { lineAt } from './python-assignment.js'
import { compilePythonRegex, searchPython } from './python-regex.js'
import {
  pyprojectLine,
  readReferenced,
  unresolved,
  type ResolutionContext
} from './resolution-context.js'
import { stringAt, tableAt, type TomlTable } from './toml-access.js'
import { setuptoolsScmTagRegex } from './vcs-version-source.js'
import {
  declared,
  vcs,
  type VersionDeclaration
} from './version-declaration.js'

// scikit_build_core.metadata.regex defaults, searched with re.MULTILINE.
const DEFAULT_REGEX = `(?i)^(__version__|VERSION)(?: ?\\: ?str)? *= *([\\'"])v?(?P<value>.+?)\\2`
const DEFAULT_RESULT = '{value}'
const REGEX_PROVIDER = 'scikit_build_core.metadata.regex'
const SCM_PROVIDER = 'scikit_build_core.metadata.setuptools_scm'

const KEY = ['tool', 'scikit-build', 'metadata', 'version']

/** The version scikit-build-core would compute; undefined when not configured. */
export function scikitBuildVersion(
  ctx: ResolutionContext
): VersionDeclaration | undefined {
  const config = tableAt(ctx.doc, ...KEY)
  if (!config) return undefined
  const provider = stringAt(config, 'provider') ?? ''
  const line = pyprojectLine(ctx, ...KEY, 'provider')
  if (provider === SCM_PROVIDER) {
    return vcs('setuptools-scm', line ?? 1, {
      tagPattern: setuptoolsScmTagRegex(ctx)
    })
  }
  if (provider !== REGEX_PROVIDER) {
    return unresolved(
      ctx,
      `scikit-build-core provider '${provider}'`,
      { file: 'pyproject.toml', line },
      {
        message: `scikit-build-core provider '${provider}' → not readable without running the build`,
        hint: `Use provider = "${REGEX_PROVIDER}" with input = "<file>", or a static [project] version.`
      }
    )
  }
  return regexProvider(ctx, config)
}

function regexProvider(
  ctx: ResolutionContext,
  config: TomlTable
): VersionDeclaration {
  const input = stringAt(config, 'input')
  const at = {
    file: 'pyproject.toml',
    line: pyprojectLine(ctx, ...KEY, 'input')
  }
  if (input === undefined) {
    return unresolved(ctx, 'scikit-build-core regex', at, {
      message:
        'scikit-build-core regex → [tool.scikit-build.metadata.version] has no input',
      hint: 'Set input = "src/pkg/__init__.py" (the file holding the version).'
    })
  }
  const tried = `scikit-build-core regex on '${input}'`
  const settingsAt = {
    file: 'pyproject.toml',
    line: pyprojectLine(ctx, ...KEY, 'regex')
  }
  const compiled = compilePythonRegex(
    stringAt(config, 'regex') ?? DEFAULT_REGEX,
    {
      multiline: true
    }
  )
  if ('error' in compiled) {
    return unresolved(ctx, tried, settingsAt, {
      message: `${tried} → regex cannot be used: ${compiled.error}`,
      hint: 'Use a regex without Python-only syntax.'
    })
  }
  const read = readReferenced(ctx, input, tried, at)
  if ('failure' in read) return read.failure
  const m = searchPython(compiled.regex, read.text)
  if (!m) {
    return unresolved(
      ctx,
      tried,
      { file: read.path },
      {
        message: `${tried} → ${read.path} has no match for the regex`,
        hint: 'Make regex match the version in the input file.'
      }
    )
  }
  const template = stringAt(config, 'result') ?? DEFAULT_RESULT
  const result = formatPython(template, m.groups, m.named)
  if (result === undefined) {
    return unresolved(ctx, tried, settingsAt, {
      message: `${tried} → result '${template}' names a group the regex did not capture, or uses unsupported format syntax`,
      hint: 'Use only {name} or {0} fields that the regex captures.'
    })
  }
  const removed = removePattern(stringAt(config, 'remove'), result)
  if (removed === undefined) {
    return unresolved(ctx, tried, settingsAt, {
      message: `${tried} → remove pattern cannot be used`,
      hint: 'Use a remove regex without Python-only syntax.'
    })
  }
  return declared(
    'scikit-build-core-regex',
    removed,
    read.path,
    lineAt(read.text, m.index)
  )
}

// `remove` deletes every match of a regex from the result.
function removePattern(
  pattern: string | undefined,
  text: string
): string | undefined {
  if (pattern === undefined) return text
  const compiled = compilePythonRegex(pattern, {
    multiline: false,
    global: true
  })
  return 'error' in compiled ? undefined : text.replace(compiled.regex, '')
}
