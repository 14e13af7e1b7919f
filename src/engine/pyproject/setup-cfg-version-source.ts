/**
 * `[metadata] version` in setup.cfg, which setuptools still reads when
 * pyproject.toml has no `[project]` table or leaves the version dynamic.
 */

import {
  MAX_FILE_CHARS,
  readReferenced,
  unresolved,
  type FileReader,
  type ResolutionContext
} from './resolution-context.js'
import { cfgDict, cfgList, parseSetupCfg } from './setup-cfg.js'
import {
  packageLayout,
  resolveAttr,
  resolveFileDirective
} from './setuptools-directives.js'
import { declared, type VersionDeclaration } from './version-declaration.js'

const FILE = 'setup.cfg'

/** The version setup.cfg declares; undefined when it declares none. */
export function setupCfgVersion(
  ctx: ResolutionContext
): VersionDeclaration | undefined {
  if (ctx.read(FILE) === undefined) return undefined
  const read = readReferenced(ctx, FILE, 'setup.cfg version', { file: FILE })
  if ('failure' in read) return read.failure
  const cfg = parseSetupCfg(read.text)
  const version = cfg.get('metadata')?.get('version')
  if (!version) return undefined
  const at = { file: FILE, line: version.line }
  const directive = /^(attr|file)\s*:\s*(.*)$/s.exec(version.value)
  if (!directive) {
    if (version.value !== '') {
      return declared('setup.cfg-static', version.value, FILE, version.line)
    }
    return unresolved(ctx, 'setup.cfg version', at, {
      message: 'setup.cfg version → [metadata] version is empty',
      hint: 'Set [metadata] version = 1.2.3, or version = attr: pkg.__version__.'
    })
  }
  const arg = (directive[2] ?? '').trim()
  if (directive[1] === 'file') {
    return resolveFileDirective(ctx, cfgList(arg), 'setup.cfg-file', at)
  }
  const options = cfg.get('options')
  const layout = packageLayout(
    cfgDict(options?.get('package_dir')?.value ?? ''),
    cfgList(cfg.get('options.packages.find')?.get('where')?.value ?? '')
  )
  return resolveAttr(ctx, arg, layout, 'setup.cfg-attr', at)
}

/** `[metadata] name` from setup.cfg, for projects without `[project]`. */
export function setupCfgName(read: FileReader): string | undefined {
  const text = read(FILE)
  if (text === undefined || text.length > MAX_FILE_CHARS) return undefined
  return parseSetupCfg(text).get('metadata')?.get('name')?.value
}
