import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  decideGitFacts,
  type GitFacts,
  type GitFactsInput
} from '../../../src/engine/checks/git-facts.js'
import { readGitFacts } from '../../../src/io/git/read-git-facts.js'
import { GitSandbox } from './git-sandbox.js'

function repository(facts: GitFacts) {
  if (facts.kind !== 'repository') throw new Error(facts.reason)
  return facts
}

function releaseInput(
  git: GitFacts,
  extra: Partial<GitFactsInput> = {}
): GitFactsInput {
  return {
    mode: 'release',
    tag: 'v1.1.0',
    tagExplicit: false,
    prefix: 'v',
    version: '1.1.0',
    declaration: {
      kind: 'vcs',
      tool: 'setuptools-scm',
      file: 'pyproject.toml',
      line: 3
    },
    git,
    today: '2025-01-02',
    ...extra
  }
}

// One history for the whole file: v1.0.0, v1.1.0 (lightweight), then
// three commits; tags that are not release tags along the way.
let origin: GitSandbox
let tagged: string
let head: string
beforeAll(() => {
  origin = GitSandbox.init()
  origin.commit()
  origin.tag('v1.0.0')
  origin.tag('nightly', true)
  tagged = origin.commit()
  origin.tag('v1.1.0', true)
  origin.tag('mypkg-v0.3.0')
  origin.commit()
  origin.commit('src.py')
  head = origin.commit()
})
afterAll(() => origin.remove())

describe('readGitFacts', () => {
  test('reads HEAD, the prefix tags, reachability and describe', async () => {
    const facts = repository(
      await readGitFacts(origin.dir, { prefix: 'v', tag: 'v1.1.0' })
    )
    expect(facts).toMatchObject({
      head,
      shallow: false,
      tagCommit: tagged,
      describe: { tag: 'v1.1.0', distance: 3 },
      commitCount: 5,
      dirtyFiles: [],
      dirtyCount: 0
    })
    expect([...facts.tags].sort()).toEqual(['v1.0.0', 'v1.1.0'])
    expect([...(facts.mergedTags ?? [])].sort()).toEqual(['v1.0.0', 'v1.1.0'])
    expect(head.startsWith(facts.headShort ?? '-')).toBe(true)
  })

  test('a monorepo prefix selects its own tags', async () => {
    const facts = repository(
      await readGitFacts(origin.dir, { prefix: 'mypkg-v', tag: null })
    )
    expect(facts.tags).toEqual(['mypkg-v0.3.0'])
    expect(facts.describe).toEqual({ tag: 'mypkg-v0.3.0', distance: 3 })
    expect(facts.tagCommit).toBeNull()
  })

  test('a shallow clone says so and holds only what was fetched', async () => {
    const clone = origin.shallowClone()
    try {
      const facts = repository(
        await readGitFacts(clone.dir, { prefix: 'v', tag: 'v1.1.0' })
      )
      expect(facts).toMatchObject({
        shallow: true,
        tags: [],
        mergedTags: null,
        tagCommit: null,
        describe: null,
        commitCount: 1
      })
    } finally {
      clone.remove()
    }
  })

  test('lists tracked changes only, renames once', async () => {
    const repo = GitSandbox.init()
    try {
      repo.commit('a.py')
      repo.commit('b.py')
      writeFileSync(join(repo.dir, 'a.py'), 'changed\n')
      repo.git('mv', 'b.py', 'c.py')
      writeFileSync(join(repo.dir, 'untracked.txt'), 'new\n')
      const facts = repository(
        await readGitFacts(repo.dir, { prefix: 'v', tag: null })
      )
      expect([...facts.dirtyFiles].sort()).toEqual(['a.py', 'c.py'])
      expect(facts.dirtyCount).toBe(2)
    } finally {
      repo.remove()
    }
  })

  test('a repository without commits has no HEAD, and no crash', async () => {
    const repo = GitSandbox.init()
    try {
      const facts = repository(
        await readGitFacts(repo.dir, { prefix: 'v', tag: 'v1.0.0' })
      )
      expect(facts).toMatchObject({
        head: null,
        tags: [],
        describe: null,
        commitCount: null
      })
    } finally {
      repo.remove()
    }
  })

  test('a folder outside any repository is a fact, not an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-nogit-'))
    try {
      const facts = await readGitFacts(dir, { prefix: 'v', tag: null })
      expect(facts).toEqual({
        kind: 'unavailable',
        reason: expect.stringContaining('not a git repository')
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('git missing from PATH is a fact, not an error', async () => {
    const path = process.env.PATH
    process.env.PATH = ''
    try {
      const facts = await readGitFacts(origin.dir, { prefix: 'v', tag: null })
      expect(facts).toEqual({
        kind: 'unavailable',
        reason: 'git is not installed'
      })
    } finally {
      process.env.PATH = path
    }
  })
})

describe('decideGitFacts over real checkouts', () => {
  test('tag/not-head: an explicit tag behind HEAD', async () => {
    const facts = await readGitFacts(origin.dir, { prefix: 'v', tag: 'v1.1.0' })
    const findings = decideGitFacts(
      releaseInput(facts, { tagExplicit: true, declaration: null })
    )
    expect(findings.map(f => f.id)).toEqual(['tag/not-head'])
    expect(findings[0]?.message).toContain(tagged.slice(0, 12))
    expect(findings[0]?.message).toContain(head.slice(0, 12))
  })

  test('version/vcs-not-at-tag: HEAD three commits past the tag', async () => {
    const facts = repository(
      await readGitFacts(origin.dir, { prefix: 'v', tag: 'v1.1.0' })
    )
    const findings = decideGitFacts(releaseInput(facts))
    expect(findings.map(f => f.id)).toEqual(['version/vcs-not-at-tag'])
    expect(findings[0]?.message).toContain(`'1.1.1.dev3+g${facts.headShort}'`)
  })

  test('version/vcs-shallow-clone: the tag was not fetched', async () => {
    const clone = origin.shallowClone()
    try {
      const facts = repository(
        await readGitFacts(clone.dir, { prefix: 'v', tag: 'v1.1.0' })
      )
      const findings = decideGitFacts(releaseInput(facts))
      expect(findings.map(f => f.id)).toEqual(['version/vcs-shallow-clone'])
      expect(findings[0]?.message).toContain(`'0.1.dev1+g${facts.headShort}'`)
      expect(findings[0]?.hint).toContain('fetch-depth: 0')
    } finally {
      clone.remove()
    }
  })

  test('version/vcs-dirty-tree: at the tag, with an edited tracked file', async () => {
    const repo = GitSandbox.init()
    try {
      repo.commit('src.py')
      repo.tag('v1.1.0')
      writeFileSync(join(repo.dir, 'src.py'), 'edited\n')
      const facts = repository(
        await readGitFacts(repo.dir, { prefix: 'v', tag: 'v1.1.0' })
      )
      const findings = decideGitFacts(
        releaseInput(facts, { tagExplicit: true })
      )
      expect(findings.map(f => f.id)).toEqual(['version/vcs-dirty-tree'])
      expect(findings[0]?.message).toContain('(src.py)')
      expect(findings[0]?.message).toContain(
        `'1.1.1.dev0+g${facts.headShort}.d20250102'`
      )
    } finally {
      repo.remove()
    }
  })

  test('a clean checkout of the tag passes', async () => {
    const repo = GitSandbox.init()
    try {
      repo.commit()
      repo.tag('v1.1.0')
      const facts = await readGitFacts(repo.dir, { prefix: 'v', tag: 'v1.1.0' })
      expect(
        decideGitFacts(releaseInput(facts, { tagExplicit: true }))
      ).toEqual([])
    } finally {
      repo.remove()
    }
  })
})
