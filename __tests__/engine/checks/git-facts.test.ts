import { describe, expect, test } from '@jest/globals'
import {
  decideGitFacts,
  type GitFactsInput,
  type GitRepository
} from '../../../src/engine/checks/git-facts.js'
import { vcsBuildVersion } from '../../../src/engine/checks/vcs-build-version.js'
import type { VcsTool } from '../../../src/engine/pyproject/version-declaration.js'

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const TAGGED = '1a2b3c4d5e6f708192a3b4c5d6e7f80918273645'

const REPO: GitRepository = {
  kind: 'repository',
  head: HEAD,
  headShort: '9f8e7d6',
  shallow: false,
  tags: ['v1.2.3'],
  mergedTags: ['v1.2.3'],
  tagCommit: HEAD,
  describe: { tag: 'v1.2.3', distance: 0 },
  commitCount: 40,
  dirtyFiles: [],
  dirtyCount: 0
}

function input(
  git: Partial<GitRepository>,
  extra: Partial<GitFactsInput> = {},
  tool: VcsTool = 'setuptools-scm'
): GitFactsInput {
  return {
    mode: 'release',
    tag: 'v1.2.3',
    tagExplicit: false,
    prefix: 'v',
    version: '1.2.3',
    declaration: { kind: 'vcs', tool, file: 'pyproject.toml', line: 12 },
    git: { ...REPO, ...git },
    today: '2025-01-02',
    ...extra
  }
}

const ids = (i: GitFactsInput) => decideGitFacts(i).map(f => f.id)

describe('vcsBuildVersion', () => {
  const state = { node: '1a2b3c4', today: '2025-01-02' }
  test.each<[VcsTool, string | null, number, boolean, string | null]>([
    ['setuptools-scm', '1.2.3', 0, false, '1.2.3'],
    ['setuptools-scm', '1.2.3', 3, false, '1.2.4.dev3+g1a2b3c4'],
    ['setuptools-scm', '1.2.3', 0, true, '1.2.4.dev0+g1a2b3c4.d20250102'],
    ['hatch-vcs', '1.2.0rc1', 2, false, '1.2.0rc2.dev2+g1a2b3c4'],
    ['setuptools-scm', null, 1, false, '0.1.dev1+g1a2b3c4'],
    ['pdm-scm', '1.2.3', 0, true, '1.2.3+d20250102'],
    ['pdm-scm', '1.2.3', 3, true, '1.2.4.dev3+g1a2b3c4.d20250102'],
    ['versioningit', '1.2.3', 3, false, '1.2.3.post3+g1a2b3c4'],
    ['versioningit', '1.2.3', 0, true, '1.2.3+d20250102'],
    ['versioningit', null, 5, false, null],
    [
      'poetry-dynamic-versioning',
      '1.2.3',
      7,
      false,
      '1.2.3.post7.dev0+g1a2b3c4'
    ],
    ['poetry-dynamic-versioning', '1.2.3', 0, true, '1.2.3'],
    ['poetry-dynamic-versioning', null, 1, false, '0.0.0.post1.dev0+g1a2b3c4']
  ])(
    '%s, tag %s, distance %i, dirty %s: %s',
    (tool, tag, distance, dirty, want) => {
      expect(
        vcsBuildVersion(tool, { ...state, tagVersion: tag, distance, dirty })
      ).toBe(want)
    }
  )
})

describe('decideGitFacts', () => {
  test('a clean checkout at the tag says nothing', () => {
    expect(ids(input({}, { tagExplicit: true }))).toEqual([])
  })

  test('readiness mode and static versions without an explicit tag are not checked', () => {
    expect(
      ids(input({ dirtyCount: 3, dirtyFiles: ['a'] }, { mode: 'readiness' }))
    ).toEqual([])
    expect(ids(input({ tagCommit: TAGGED }, { declaration: null }))).toEqual([])
  })

  test('an explicit tag that is not HEAD is an error naming both commits', () => {
    const [f, ...rest] = decideGitFacts(
      input(
        { tagCommit: TAGGED, describe: { tag: 'v1.2.3', distance: 2 } },
        { tagExplicit: true }
      )
    )
    expect(f).toMatchObject({ id: 'tag/not-head', severity: 'error' })
    expect(f?.message).toContain('1a2b3c4d5e6f')
    expect(f?.message).toContain('9f8e7d6c5b4a')
    expect(f?.hint).toContain('ref: ${{ inputs.tag }}')
    // The same cause is not reported twice.
    expect(rest.map(r => r.id)).toEqual([])
  })

  test('an explicit tag missing from the checkout is a notice', () => {
    expect(
      ids(input({ tagCommit: null }, { tagExplicit: true, declaration: null }))
    ).toEqual(['tag/not-in-checkout'])
  })

  test('a shallow clone without the tag predicts the 0.1.devN version', () => {
    const [f] = decideGitFacts(
      input({
        shallow: true,
        tagCommit: null,
        describe: null,
        commitCount: 1,
        mergedTags: null
      })
    )
    expect(f).toMatchObject({
      id: 'version/vcs-shallow-clone',
      severity: 'warning',
      file: 'pyproject.toml',
      line: 12
    })
    expect(f?.message).toContain("'0.1.dev1+g9f8e7d6', not '1.2.3'")
    expect(f?.hint).toContain('fetch-depth: 0')
  })

  test('versioningit without a tag would fail the build', () => {
    const [f] = decideGitFacts(
      input({ tagCommit: null, describe: null }, {}, 'versioningit')
    )
    expect(f?.message).toContain('a build here would fail')
    expect(f?.hint).toContain('fetch-tags: true')
  })

  test('HEAD past the tag predicts a dev version', () => {
    const [f] = decideGitFacts(
      input({ tagCommit: TAGGED, describe: { tag: 'v1.2.3', distance: 3 } })
    )
    expect(f?.id).toBe('version/vcs-not-at-tag')
    expect(f?.message).toContain("'1.2.4.dev3+g9f8e7d6'")
  })

  test('a dirty tree lists the files and the dated version', () => {
    const files = ['a.py', 'b.py', 'c.py', 'd.py', 'e.py', 'f.py']
    const [f] = decideGitFacts(input({ dirtyFiles: files, dirtyCount: 8 }))
    expect(f?.id).toBe('version/vcs-dirty-tree')
    expect(f?.message).toContain('8 tracked file(s)')
    expect(f?.message).toContain('e.py and 3 more')
    expect(f?.message).toContain("'1.2.4.dev0+g9f8e7d6.d20250102'")
  })

  test('a dirty tree does not matter to poetry-dynamic-versioning', () => {
    const dirty = { dirtyFiles: ['a.py'], dirtyCount: 1 }
    expect(ids(input(dirty, {}, 'poetry-dynamic-versioning'))).toEqual([])
  })

  test('without git, an explicit tag gets a notice saying why', () => {
    const i = {
      ...input({}, { tagExplicit: true }),
      git: { kind: 'unavailable' as const, reason: 'git is not installed' }
    }
    expect(decideGitFacts(i)).toEqual([
      expect.objectContaining({
        id: 'tag/git-unavailable',
        severity: 'notice',
        message: expect.stringContaining('git is not installed')
      })
    ])
  })
})
