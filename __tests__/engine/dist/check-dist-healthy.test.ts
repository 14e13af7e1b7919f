/**
 * A sound release yields no finding at all, whatever its shape, and the
 * facts handed on (artifacts, counts, the wheel table) are right.
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

const PLATFORMS = [
  'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64',
  'cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64',
  'cp312-cp312-musllinux_1_2_x86_64',
  'cp312-cp312-macosx_11_0_arm64',
  'cp312-cp312-macosx_10_9_x86_64',
  'cp312-cp312-win_amd64',
  'cp312-cp312-win_arm64',
  'cp39-abi3-macosx_10_9_universal2'
]

const RST = [
  'Demo',
  '====',
  '',
  '.. image:: https://img.shields.io/pypi/v/demo-pkg.svg',
  '   :target: https://pypi.org/project/demo-pkg/',
  '',
  'A package that does *little*, see `the docs <https://example.com>`_.',
  ''
].join('\n')

describe('a sound release', () => {
  test.each([
    ['a pure wheel and an sdist', [wheel(), sdist()]],
    ['a wheel alone', [wheel()]],
    ['an sdist alone', [sdist()]],
    ['a wheel with a build tag', [wheel({ build: '1' })]],
    ['compressed tag sets', [wheel({ tag: 'py2.py3-none-any' })]],
    ['one wheel per platform', PLATFORMS.map(tag => wheel({ tag }))],
    [
      'a reStructuredText README',
      [
        wheel({
          metadata: metadataText(
            soundHeaders().filter(([k]) => k !== 'Description-Content-Type'),
            RST
          )
        })
      ]
    ],
    [
      'metadata 2.1 from an older backend',
      [
        wheel({
          metadata: metadataText(
            [
              ['Metadata-Version', '2.1'],
              ['Name', 'demo-pkg'],
              ['Version', '1.2.3'],
              ['License', 'MIT'],
              ['Classifier', 'License :: OSI Approved :: MIT License'],
              ['License-File', 'LICENSE'],
              ['Description-Content-Type', 'text/markdown; charset=UTF-8']
            ],
            '# Demo\n'
          )
        })
      ]
    ],
    [
      'a name written with dots and capitals',
      [wheel({ name: 'Demo.Pkg' }), sdist({ name: 'demo_pkg' })]
    ]
  ])('%s yields no finding', (_, artifacts) => {
    expect(checkDist(input(artifacts)).findings).toEqual([])
  })

  test('meeting every expectation yields no finding', () => {
    const verdict = checkDist(
      input([...PLATFORMS.map(tag => wheel({ tag })), sdist()], {
        expectedWheels: { min: 8, max: 8 },
        expectedPlatforms: [
          'linux-x86_64',
          'linux-aarch64',
          'musllinux-x86_64',
          'macos-arm64',
          'macos-x86_64',
          'windows-amd64',
          'windows-arm64'
        ],
        requireSdist: true,
        others: [{ name: '.gitignore', kind: 'file', size: 2 }]
      })
    )
    expect(verdict.findings).toEqual([])
  })

  test('hands on every artifact, the wheel count and the sdist', () => {
    const artifacts = [wheel(), sdist()]
    const verdict = checkDist(input(artifacts))
    expect(verdict.artifacts).toEqual(
      artifacts.map(a => ({
        name: a.file,
        kind: a.kind,
        size: a.size,
        sha256: a.sha256
      }))
    )
    expect(verdict.wheelCount).toBe(1)
    expect(verdict.sdist).toBe('demo_pkg-1.2.3.tar.gz')
  })

  test('tables wheels by python tag and platform family', () => {
    const verdict = checkDist(
      input([
        wheel({ tag: PLATFORMS[0] }),
        wheel({ tag: PLATFORMS[5] }),
        wheel({ tag: 'cp313-cp313-win_amd64' }),
        wheel({ tag: 'cp39-abi3-macosx_10_9_universal2' })
      ])
    )
    expect(verdict.wheelTable).toEqual({
      platforms: ['linux-x86_64', 'macos-arm64', 'macos-x86_64', 'windows-amd64'],
      rows: [
        {
          python: 'cp39-abi3',
          cells: [[], [expect.stringContaining('universal2')], [expect.stringContaining('universal2')], []]
        },
        {
          python: 'cp312-cp312',
          cells: [[expect.stringContaining('manylinux')], [], [], [expect.stringContaining('cp312-cp312-win_amd64')]]
        },
        {
          python: 'cp313-cp313',
          cells: [[], [], [], [expect.stringContaining('cp313')]]
        }
      ]
    })
  })
})
