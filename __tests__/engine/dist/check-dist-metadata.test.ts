/**
 * Each metadata finding fires on the one fault it is about, in a wheel's
 * METADATA and an sdist's PKG-INFO alike.
 */
import { describe, expect, test } from '@jest/globals'
import { checkDist } from '../../../src/engine/dist/check-dist.js'
import {
  input,
  metadataText,
  sdist,
  soundHeaders,
  wheel
} from './artifact-builder.js'

type Headers = [string, string][]

const edit = (
  fn: (h: Headers) => Headers,
  body: string | undefined = '# Demo\n'
): string => metadataText(fn(soundHeaders()), body)
const set = (name: string, value: string) => (h: Headers) =>
  h.map(([k, v]): [string, string] => [k, k === name ? value : v])
const drop = (name: string) => (h: Headers) => h.filter(([k]) => k !== name)
const add = (name: string, value: string) => (h: Headers) =>
  [...h, [name, value] as [string, string]]

const RST = (body: string): string =>
  edit(drop('Description-Content-Type'), body)

const cases: [string, string, string][] = [
  ['metadata/missing-field', 'no Name', edit(drop('Name'))],
  ['metadata/missing-field', 'an empty Version', edit(set('Version', ''))],
  ['metadata/version-unsupported', 'Metadata-Version 2.5', edit(set('Metadata-Version', '2.5'))],
  ['metadata/version-unsupported', 'Metadata-Version 2.0', edit(set('Metadata-Version', '2.0'))],
  ['metadata/field-invalid', 'a repeated Summary', edit(add('Summary', 'again'))],
  ['metadata/field-invalid', 'Dynamic in metadata 2.1', edit(h => add('Dynamic', 'Requires-Dist')(set('Metadata-Version', '2.1')(drop('License-Expression')(h))))],
  ['metadata/field-invalid', 'Dynamic: Version', edit(add('Dynamic', 'Version'))],
  ['metadata/field-invalid', 'an invalid extra', edit(add('Provides-Extra', 'not valid!'))],
  ['metadata/field-invalid', 'a Summary on two lines', edit(set('Summary', 'one\n  two'))],
  ['metadata/field-invalid', 'a description twice', edit(add('Description', 'also here'))],
  ['metadata/content-type', 'text/html', edit(set('Description-Content-Type', 'text/html'))],
  ['metadata/content-type', 'a lowercase charset', edit(set('Description-Content-Type', 'text/markdown; charset=utf-8'))],
  ['metadata/content-type', 'a Markdown variant pypi lacks', edit(set('Description-Content-Type', 'text/markdown; variant=MyST'))],
  ['metadata/long-description-missing', 'no description', metadataText(soundHeaders())],
  ['metadata/long-description', 'a short title underline', RST('Demo\n=====\n\nTitle here\n====\n')],
  ['metadata/long-description', 'a Sphinx role', RST('See :func:`main`.\n')],
  ['metadata/long-description', 'an unknown directive', RST('.. toctree::\n\n   intro\n')],
  ['metadata/long-description', 'a raw directive', RST('.. raw:: html\n\n   <b>x</b>\n')],
  ['metadata/long-description', 'Markdown read as RST', RST('# Demo\n\nSee [docs](https://x).\n\nUse `code`_ here.\n')],
  ['metadata/long-description', 'a malformed table', RST('+---+---+\n| a | b |\n+---+--+\n')],
  ['metadata/license-expression', 'an unknown license', edit(set('License-Expression', 'MIT-ish'))],
  ['metadata/license-expression', 'a dangling operator', edit(set('License-Expression', 'MIT OR'))],
  ['metadata/license-conflict', 'License and License-Expression', edit(add('License', 'MIT'))],
  ['metadata/license-classifier', 'a license classifier', edit(add('Classifier', 'License :: OSI Approved :: MIT License'))],
  ['metadata/license-file-missing', 'a License-File not shipped', edit(add('License-File', 'NOTICE'))],
  ['metadata/license-file-invalid', 'a License-File outside', edit(add('License-File', '../LICENSE'))],
  ['metadata/license-file-invalid', 'a License-File glob', edit(add('License-File', 'LICEN*'))],
  ['metadata/requires-python-invalid', 'Requires-Python =>3.9', edit(set('Requires-Python', '=>3.9'))]
]

describe('metadata findings', () => {
  test.each(cases)('%s fires on %s in a wheel', (id, _, metadata) => {
    const findings = checkDist(input([wheel({ metadata })])).findings
    expect(findings.map(f => f.id)).toContain(id)
  })

  test.each(cases)('%s fires on %s in an sdist', (id, _, metadata) => {
    const findings = checkDist(input([sdist({ metadata })])).findings
    expect(findings.map(f => f.id)).toContain(id)
  })

  test('a description problem names its line in METADATA', () => {
    const metadata = RST('Demo\n====\n\nSee :func:`main`.\n')
    const [f] = checkDist(input([wheel({ metadata })])).findings
    const line = metadata.split('\n').indexOf('See :func:`main`.') + 1
    expect(f).toMatchObject({ id: 'metadata/long-description', line })
    expect(f?.message).toContain('Unknown interpreted text role "func"')
  })

  test('a finding every wheel shares is reported once', () => {
    const metadata = edit(set('License-Expression', 'MIT-ish'))
    const wheels = ['py3-none-win_amd64', 'py3-none-win_arm64'].map(tag =>
      wheel({ metadata, tag, purelib: false })
    )
    const findings = checkDist(input(wheels)).findings
    expect(findings.map(f => f.id)).toEqual(['metadata/license-expression'])
    expect(findings[0]?.message).toContain('The same in 1 other artifacts')
  })

  test.each([
    ['cp38-cp38-manylinux_2_17_x86_64', '>=3.9', true],
    ['cp38-abi3-manylinux_2_17_x86_64', '>=3.9', false],
    ['cp312-cp312-win_amd64', '>=3.8,<3.12', true],
    ['cp312-cp312-win_amd64', '>=3.8,<3.12.1', false],
    ['cp310-cp310-win_amd64', '!=3.10.*', true],
    ['py2.py3-none-any', '>=3.9', false],
    ['py2-none-any', '>=3.9', true],
    ['pp39-pypy39_pp73-win_amd64', '>=3.10', true],
    ['cp313-cp313t-win_amd64', '>=3.13.0rc1', false],
    ['graalpy311-graalpy242_311_native-win_amd64', '>=3.12', false]
  ])('a %s wheel with Requires-Python %s mismatches: %s', (tag, spec, fires) => {
    const metadata = edit(set('Requires-Python', spec))
    const findings = checkDist(input([wheel({ tag, metadata, purelib: false })])).findings
    expect(findings.map(f => f.id).includes('metadata/requires-python-mismatch')).toBe(fires)
  })
})
