import { describe, expect, test } from '@jest/globals'
import {
  cfgDict,
  cfgList,
  parseSetupCfg
} from '../../../src/engine/pyproject/setup-cfg.js'

describe('parseSetupCfg', () => {
  const cfg = parseSetupCfg(
    [
      '[metadata]',
      'Name = demo',
      '# version = 0.0.1',
      'version: attr: demo.__version__',
      '',
      '[options]',
      'package_dir =',
      '    =src',
      '    extra = vendor/extra',
      '; a comment'
    ].join('\r\n')
  )

  test('reads options with either separator, keys lowercased', () => {
    expect(cfg.get('metadata')?.get('name')).toEqual({ value: 'demo', line: 2 })
    expect(cfg.get('metadata')?.get('version')).toEqual({
      value: 'attr: demo.__version__',
      line: 4
    })
  })

  test('joins indented continuation lines', () => {
    const packageDir = cfg.get('options')?.get('package_dir')?.value ?? ''
    expect(cfgDict(packageDir)).toEqual(
      new Map([
        ['', 'src'],
        ['extra', 'vendor/extra']
      ])
    )
  })

  test('splits lists on lines and commas', () => {
    expect(cfgList('a, b\n c\n\n')).toEqual(['a', 'b', 'c'])
  })
})
