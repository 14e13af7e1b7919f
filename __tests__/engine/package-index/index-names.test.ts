import { describe, expect, test } from '@jest/globals'
import { filenameVersion } from '../../../src/engine/package-index/filename-version.js'
import {
  decodeEntities,
  scanAnchors
} from '../../../src/engine/package-index/html-anchors.js'
import {
  indexEndpoints,
  redactUrl
} from '../../../src/engine/package-index/index-endpoints.js'

describe('indexEndpoints', () => {
  test.each([
    [
      'https://pypi.org',
      'Demo_Pkg',
      'https://pypi.org/pypi/demo-pkg/json',
      true,
      'https://pypi.org/simple/demo-pkg/'
    ],
    [
      'https://test.pypi.org/',
      'demo.pkg',
      'https://test.pypi.org/pypi/demo-pkg/json',
      true,
      'https://test.pypi.org/simple/demo-pkg/'
    ],
    [
      'https://devpi.example/root/prod',
      'demo',
      'https://devpi.example/root/prod/pypi/demo/json',
      false,
      'https://devpi.example/root/prod/simple/demo/'
    ],
    [
      'https://art.example/artifactory/api/pypi/pypi-local/simple',
      'demo',
      null,
      false,
      'https://art.example/artifactory/api/pypi/pypi-local/simple/demo/'
    ],
    [
      'https://devpi.example/root/prod/+simple/',
      'demo',
      null,
      false,
      'https://devpi.example/root/prod/+simple/demo/'
    ]
  ])('%s for %s', (index, name, jsonApi, authoritative, simple) => {
    expect(indexEndpoints(index, name)).toEqual({
      jsonApi,
      jsonApiAuthoritative: authoritative,
      simple
    })
  })

  test('redactUrl drops a token from the index-url', () => {
    expect(redactUrl('https://__token__:s3cret@gitlab.example/simple')).toBe(
      'https://gitlab.example/simple'
    )
    expect(redactUrl('https://pypi.org')).toBe('https://pypi.org')
  })
})

describe('filenameVersion', () => {
  test.each([
    ['demo_pkg-1.2.3-py3-none-any.whl', 'demo-pkg', '1.2.3'],
    ['demo_pkg-1.2.3-1-cp312-cp312-win_amd64.whl', 'demo-pkg', '1.2.3'],
    ['demo_pkg-1.2.3.tar.gz', 'demo-pkg', '1.2.3'],
    ['python-dateutil-2.8.2.tar.gz', 'python_dateutil', '2.8.2'],
    ['Zope.Interface-5.0.zip', 'zope-interface', '5.0'],
    ['demo-1.0-py2.7.egg', 'demo', '1.0'],
    ['other-1.0.tar.gz', 'demo', null],
    ['demo-1.0.txt', 'demo', null],
    ['demo.tar.gz', 'demo', null]
  ])('%s of %s is %s', (file, name, version) => {
    expect(filenameVersion(file, name)).toBe(version)
  })
})

describe('scanAnchors', () => {
  test('reads quoted, unquoted and bare attributes, case-insensitively', () => {
    const [a, b] = scanAnchors(
      `<A HREF=x.whl data-yanked>x.whl</A><a href='y&amp;z' data-yanked="bad &quot;build&quot;"> y </a>`,
      10
    )
    expect(a?.attributes.get('href')).toBe('x.whl')
    expect(a?.attributes.get('data-yanked')).toBe('')
    expect(b?.attributes.get('href')).toBe('y&z')
    expect(b?.attributes.get('data-yanked')).toBe('bad "build"')
    expect(b?.text).toBe('y')
  })

  test('skips comments, other tags and stops at the limit', () => {
    const html =
      '<!-- <a href="no"> --><abbr>1</abbr><a href="1">1</a><a href="2">2</a>'
    expect(scanAnchors(html, 1).map(a => a.text)).toEqual(['1'])
  })

  test('decodes numeric references and leaves unknown ones', () => {
    expect(decodeEntities('a&#62;&#x3C;&bogus;&#0;')).toBe('a><&bogus;&#0;')
  })
})

test('a file name of many dashes is read in linear time', () => {
  const hostile = `${'a-'.repeat(50_000)}1.0.tar.gz`
  const started = Date.now()
  expect(filenameVersion(hostile, 'a-'.repeat(49_999) + 'a')).toBe('1.0')
  expect(filenameVersion(hostile, 'b')).toBeNull()
  expect(Date.now() - started).toBeLessThan(2000)
})
