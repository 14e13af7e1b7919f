import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  test
} from '@jest/globals'
import { decideReadiness } from '../../../src/engine/readiness/decide-readiness.js'
import { readGitFacts } from '../../../src/io/git/read-git-facts.js'
import {
  readReleaseTags,
  type ReleaseTagsOptions
} from '../../../src/io/git/read-release-tags.js'
import {
  fetchGitHubTags,
  gitHubRepoFromEnv
} from '../../../src/io/github-tags.js'
import { productUserAgent } from '../../../src/io/package-index/user-agent.js'
import {
  send,
  startLoopbackServer,
  type LoopbackServer
} from '../package-index/loopback-server.js'
import { GitSandbox } from './git-sandbox.js'

const OPTIONS: ReleaseTagsOptions = {
  prefix: 'v',
  github: null,
  timeoutMs: 5000,
  userAgent: productUserAgent('0.1.0')
}

/** The whole readiness path over a real checkout: git, maybe the API, the decision. */
async function readiness(dir: string, version: string, options = OPTIONS) {
  const git = await readGitFacts(dir, { prefix: options.prefix, tag: null })
  const tags = await readReleaseTags(git, options)
  return {
    tags,
    decision: decideReadiness({ version, prefix: options.prefix, ...tags })
  }
}

// main: v1.0.0, v1.1.0, then a commit; branch 1.0.x from v1.0.0 with v1.0.1.
let origin: GitSandbox
beforeAll(() => {
  origin = GitSandbox.init()
  origin.commit()
  origin.tag('v1.0.0')
  origin.tag('latest-docs', true)
  origin.commit()
  origin.tag('v1.1.0')
  origin.tag('mypkg-v0.3.0')
  origin.commit()
  origin.git('branch', '1.0.x', 'v1.0.0')
})
afterAll(() => origin.remove())

let servers: LoopbackServer[] = []
afterEach(async () => {
  await Promise.all(servers.map(s => s.close()))
  servers = []
})

describe('readiness from a full clone', () => {
  test('unchanged since the last release: nothing to release', async () => {
    const { tags, decision } = await readiness(origin.dir, '1.1.0')
    expect(tags.source).toBe('git-merged')
    expect(decision.outcome).toBe('unchanged')
    expect(decision.findings.map(f => f.id)).toEqual([
      'readiness/nothing-to-release'
    ])
  })

  test('bumped: a release is pending', async () => {
    const { decision } = await readiness(origin.dir, '1.2.0')
    expect(decision).toMatchObject({
      outcome: 'pending',
      latestTag: 'v1.1.0',
      releasePending: true
    })
  })

  test('lower than the last release: regressed', async () => {
    const { decision } = await readiness(origin.dir, '1.0.5')
    expect(decision.findings.map(f => [f.id, f.severity])).toEqual([
      ['readiness/version-regressed', 'error']
    ])
  })

  test('a monorepo prefix compares with its own tags only', async () => {
    const { decision } = await readiness(origin.dir, '0.4.0', {
      ...OPTIONS,
      prefix: 'mypkg-v'
    })
    expect(decision).toMatchObject({
      outcome: 'pending',
      latestTag: 'mypkg-v0.3.0'
    })
  })

  test('a maintenance branch compares with the tags in its own history', async () => {
    const branch = GitSandbox.init()
    try {
      branch.git('pull', '-q', origin.dir, '1.0.x')
      branch.commit('fix.py')
      branch.tag('v1.0.1')
      branch.commit('fix.py')
      // v1.1.0 exists, but not in this history.
      for (const tag of ['v1.0.0', 'v1.1.0']) {
        branch.git(
          'fetch',
          '-q',
          origin.dir,
          `refs/tags/${tag}:refs/tags/${tag}`
        )
      }
      const { tags, decision } = await readiness(branch.dir, '1.0.2')
      expect(tags.source).toBe('git-merged')
      expect(decision).toMatchObject({
        outcome: 'pending',
        latestTag: 'v1.0.1'
      })
    } finally {
      branch.remove()
    }
  })

  test('no release tag at all: first release', async () => {
    const fresh = GitSandbox.init()
    try {
      fresh.commit()
      fresh.tag('nightly', true)
      const { tags, decision } = await readiness(fresh.dir, '0.1.0')
      expect(tags).toEqual({ tags: [], source: 'git', note: null })
      expect(decision.outcome).toBe('first-release')
      expect(decision.findings.map(f => f.id)).toEqual([
        'readiness/first-release'
      ])
    } finally {
      fresh.remove()
    }
  })
})

describe('readiness from a shallow clone', () => {
  test('without a token the tags are unavailable: a warning, not a first release', async () => {
    const clone = origin.shallowClone()
    try {
      const { tags, decision } = await readiness(clone.dir, '1.2.0')
      expect(tags.source).toBe('none')
      expect(decision.outcome).toBe('unknown')
      expect(decision.findings.map(f => f.id)).toEqual([
        'readiness/tags-unavailable'
      ])
      expect(decision.findings[0]?.message).toContain('shallow')
    } finally {
      clone.remove()
    }
  })

  test('with a token the tags come from the GitHub API, every page', async () => {
    const server = await startLoopbackServer((req, res) => {
      const page2 = req.url?.includes('page=2')
      if (!page2) {
        res.setHeader(
          'link',
          `<http://${req.headers.host}/repos/acme/demo/tags?per_page=100&page=2>; rel="next", <http://${req.headers.host}/repos/acme/demo/tags?per_page=100&page=2>; rel="last"`
        )
      }
      const names = page2
        ? ['v1.0.0', 'v0.9.0']
        : ['v2.0.0', 'v1.1.0', 'docs-2024']
      send(
        res,
        200,
        'application/json',
        JSON.stringify(names.map(name => ({ name, commit: { sha: 'x' } })))
      )
    })
    servers.push(server)
    const clone = origin.shallowClone()
    try {
      const github = {
        apiUrl: server.base,
        repository: 'acme/demo',
        token: 'ghs_test'
      }
      const { tags, decision } = await readiness(clone.dir, '1.1.1', {
        ...OPTIONS,
        github
      })
      expect(tags.source).toBe('github-api')
      expect([...tags.tags].sort()).toEqual([
        'v0.9.0',
        'v1.0.0',
        'v1.1.0',
        'v2.0.0'
      ])
      // 2.0.0 is on another line: 1.1.1 is a maintenance release of 1.1.
      expect(decision).toMatchObject({
        outcome: 'pending',
        latestTag: 'v1.1.0'
      })
      expect(server.requests.map(r => r.url)).toEqual([
        '/repos/acme/demo/tags?per_page=100',
        '/repos/acme/demo/tags?per_page=100&page=2'
      ])
      expect(server.requests[0]?.headers.authorization).toBe('Bearer ghs_test')
      expect(server.requests[0]?.headers['user-agent']).toContain(
        'pypi-preflight/0.1.0'
      )
    } finally {
      clone.remove()
    }
  })

  test('an API refusal is the reason the tags are unavailable', async () => {
    const server = await startLoopbackServer((_req, res) =>
      send(res, 401, 'application/json', '{"message":"Bad credentials"}')
    )
    servers.push(server)
    const clone = origin.shallowClone()
    try {
      const github = {
        apiUrl: server.base,
        repository: 'acme/demo',
        token: 'bad'
      }
      const { tags } = await readiness(clone.dir, '1.2.0', {
        ...OPTIONS,
        github
      })
      expect(tags).toEqual({
        tags: [],
        source: 'none',
        note: 'GitHub API: HTTP 401 (Unauthorized)'
      })
    } finally {
      clone.remove()
    }
  })
})

describe('the GitHub tags client', () => {
  test('never follows a next page to another origin with the token', async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.setHeader('link', '<http://127.0.0.2:9/steal?page=2>; rel="next"')
      send(res, 200, 'application/json', '[{"name":"v1.0.0"}]')
    })
    servers.push(server)
    const r = await fetchGitHubTags(
      { apiUrl: server.base, repository: 'acme/demo', token: 't' },
      { timeoutMs: 5000, userAgent: 'test' }
    )
    expect(r).toEqual({ kind: 'tags', tags: ['v1.0.0'], complete: false })
    expect(server.requests).toHaveLength(1)
  })

  test('reads the repository and API from the environment only with a token', () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/demo',
      GITHUB_API_URL: 'https://ghes.example/api/v3/'
    }
    expect(gitHubRepoFromEnv(env, 'tok')).toEqual({
      apiUrl: 'https://ghes.example/api/v3',
      repository: 'acme/demo',
      token: 'tok'
    })
    expect(gitHubRepoFromEnv(env, '')).toBeNull()
    expect(gitHubRepoFromEnv({ GITHUB_REPOSITORY: '../x' }, 'tok')).toBeNull()
  })
})
