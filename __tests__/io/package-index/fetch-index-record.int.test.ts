import { afterEach, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { decideIndex } from '../../../src/engine/package-index/decide-index.js'
import { readPublishedProject } from '../../../src/engine/package-index/read-published-project.js'
import {
  fetchIndexRecord,
  type IndexFetchOptions
} from '../../../src/io/package-index/fetch-index-record.js'
import { productUserAgent } from '../../../src/io/package-index/user-agent.js'
import { fixtureSha256 } from '../../engine/package-index/fixture-bodies.js'
import {
  closedLoopbackPort,
  send,
  startLoopbackServer,
  type LoopbackServer
} from './loopback-server.js'

const fixture = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../fixtures/pypi/${name}`, import.meta.url)),
    'utf8'
  )
const JSON_API = fixture('demo-pkg.json')
const SIMPLE_JSON = fixture('demo-pkg.simple.json')
const SIMPLE_HTML = fixture('demo-pkg.simple.html')
const PEP691 = 'application/vnd.pypi.simple.v1+json'

const OPTIONS: IndexFetchOptions = {
  timeoutMs: 5000,
  userAgent: productUserAgent('0.1.0'),
  retryDelayMs: 10
}

let servers: LoopbackServer[] = []
afterEach(async () => {
  await Promise.all(servers.map(s => s.close()))
  servers = []
})

async function serve(
  handler: Parameters<typeof startLoopbackServer>[0]
): Promise<LoopbackServer> {
  const server = await startLoopbackServer(handler)
  servers.push(server)
  return server
}

/** A fetch that sends pypi.org's traffic to the loopback server instead. */
function asPypi(server: LoopbackServer): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : (input as URL).href
    return fetch(url.replace('https://pypi.org', server.base), init)
  }
}

describe('the JSON API', () => {
  test('is asked first and its JSON answer is used, with our User-Agent', async () => {
    const server = await serve((req, res) =>
      req.url === '/pypi/demo-pkg/json'
        ? send(res, 200, 'application/json', JSON_API)
        : send(res, 404, 'text/plain', 'no')
    )
    const r = await fetchIndexRecord(server.base, 'Demo_Pkg', OPTIONS)
    expect(r).toEqual({
      kind: 'found',
      source: 'json-api',
      body: JSON_API,
      url: `${server.base}/pypi/demo-pkg/json`
    })
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]?.headers['user-agent']).toBe(
      'pypi-preflight/0.1.0 (+https://github.com/pypi-preflight/pypi-preflight)'
    )
  })

  test('on pypi.org a 404 means the project does not exist; no Simple API call', async () => {
    const server = await serve((_req, res) =>
      send(res, 404, 'text/plain', 'Not Found')
    )
    const r = await fetchIndexRecord('https://pypi.org', 'brand-new', {
      ...OPTIONS,
      fetch: asPypi(server)
    })
    expect(r).toEqual({
      kind: 'not-found',
      url: 'https://pypi.org/pypi/brand-new/json'
    })
    expect(server.requests.map(q => q.url)).toEqual(['/pypi/brand-new/json'])
  })

  test('a 404 on both interfaces of another index is a first release', async () => {
    const server = await serve((_req, res) =>
      send(res, 404, 'text/plain', 'no')
    )
    const r = await fetchIndexRecord(server.base, 'demo', OPTIONS)
    expect(r.kind).toBe('not-found')
    expect(server.requests.map(q => q.url)).toEqual([
      '/pypi/demo/json',
      '/simple/demo/'
    ])
  })
})

describe('the Simple API', () => {
  test('is asked for its PEP 691 JSON form when there is no JSON API', async () => {
    const server = await serve((req, res) =>
      req.url === '/simple/demo-pkg/' && req.headers.accept?.startsWith(PEP691)
        ? send(res, 200, PEP691, SIMPLE_JSON)
        : send(res, 404, 'text/html', '<h1>404</h1>')
    )
    const r = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
    expect(r).toMatchObject({
      kind: 'found',
      source: 'simple-json',
      body: SIMPLE_JSON
    })
  })

  test('falls back to PEP 503 HTML from an index that only speaks HTML', async () => {
    const server = await serve((req, res) =>
      req.url === '/simple/demo-pkg/'
        ? send(res, 200, 'text/html; charset=utf-8', SIMPLE_HTML)
        : send(res, 200, 'text/html', '<html>catch-all page</html>')
    )
    const r = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
    expect(r).toMatchObject({
      kind: 'found',
      source: 'simple-html',
      body: SIMPLE_HTML
    })
    const state =
      r.kind === 'found' ? readPublishedProject(r, 'demo-pkg') : null
    expect(state && typeof state === 'object' && 'versions' in state).toBe(true)
  })

  test('an index-url naming the Simple root is used as it is', async () => {
    const server = await serve((_req, res) =>
      send(res, 200, 'text/html', SIMPLE_HTML)
    )
    const index = `${server.base}/api/pypi/pypi-local/simple/`
    const r = await fetchIndexRecord(index, 'demo-pkg', OPTIONS)
    expect(r.kind).toBe('found')
    expect(server.requests.map(q => q.url)).toEqual([
      '/api/pypi/pypi-local/simple/demo-pkg/'
    ])
  })

  test('credentials in the index-url go as Basic auth and never into the URL', async () => {
    const server = await serve((req, res) =>
      req.headers.authorization ===
      `Basic ${Buffer.from('__token__:s3cret').toString('base64')}`
        ? send(res, 200, 'text/html', SIMPLE_HTML)
        : send(res, 401, 'text/plain', 'who?')
    )
    const index =
      server.base.replace('http://', 'http://__token__:s3cret@') + '/simple'
    const r = await fetchIndexRecord(index, 'demo-pkg', OPTIONS)
    expect(r.kind).toBe('found')
    expect(r.url).toBe(`${server.base}/simple/demo-pkg/`)
  })
})

describe('transient failures', () => {
  test('a 500 then a 200 is retried once and succeeds', async () => {
    const server = await serve((_req, res, n) =>
      n === 1
        ? send(res, 500, 'text/plain', 'oops')
        : send(res, 200, 'application/json', JSON_API)
    )
    const r = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
    expect(r.kind).toBe('found')
    expect(server.requests).toHaveLength(2)
  })

  test('a 429 honours Retry-After', async () => {
    const server = await serve((_req, res, n) => {
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '0' })
        res.end()
      } else send(res, 200, 'application/json', JSON_API)
    })
    expect(
      (await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)).kind
    ).toBe('found')
  })

  test('a lasting 503 is unreachable after two attempts, not a fallback', async () => {
    const server = await serve((_req, res) =>
      send(res, 503, 'text/plain', 'down')
    )
    const r = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
    expect(r).toMatchObject({
      kind: 'unreachable',
      reason: 'HTTP 503 (Service Unavailable), after 2 attempts'
    })
    expect(server.requests).toHaveLength(2)
  })

  test('a server that never answers is cut off by the time budget', async () => {
    const server = await serve(() => undefined)
    const started = Date.now()
    const r = await fetchIndexRecord(server.base, 'demo-pkg', {
      ...OPTIONS,
      timeoutMs: 300
    })
    expect(r).toMatchObject({
      kind: 'unreachable',
      reason: 'no answer within 0.3 s'
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(server.requests).toHaveLength(1)
  })
})

describe('answers that cannot be trusted', () => {
  test('malformed JSON is fetched as found, then reads as unreachable', async () => {
    const server = await serve((_req, res) =>
      send(res, 200, 'application/json', '{"releases": {"1.0": [')
    )
    const r = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
    expect(r).toMatchObject({ kind: 'found', source: 'json-api' })
    if (r.kind !== 'found') return
    expect(readPublishedProject(r, 'demo-pkg')).toEqual({
      unreachable: expect.stringContaining('not valid JSON')
    })
  })

  test('a redirect is followed', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/pypi/demo-pkg/json') {
        res.writeHead(301, { location: '/moved/demo-pkg/json' })
        res.end()
      } else send(res, 200, 'application/json', JSON_API)
    })
    const r = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
    expect(r).toMatchObject({
      kind: 'found',
      url: `${server.base}/moved/demo-pkg/json`
    })
  })

  test('a redirect loop stops after five hops', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(302, { location: '/again' })
      res.end()
    })
    const r = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
    expect(r).toMatchObject({
      kind: 'unreachable',
      reason: 'more than 5 redirects'
    })
    expect(server.requests).toHaveLength(6)
  })

  test('credentials are not sent on to another origin', async () => {
    const other = await serve((_req, res) =>
      send(res, 200, 'text/html', SIMPLE_HTML)
    )
    const server = await serve((_req, res) => {
      res.writeHead(302, { location: `${other.base}/simple/demo-pkg/` })
      res.end()
    })
    const index = server.base.replace('http://', 'http://u:p@') + '/simple'
    expect((await fetchIndexRecord(index, 'demo-pkg', OPTIONS)).kind).toBe(
      'found'
    )
    expect(server.requests[0]?.headers.authorization).toBeDefined()
    expect(other.requests[0]?.headers.authorization).toBeUndefined()
  })

  test.each([
    ['with a Content-Length', true],
    ['streamed without one', false]
  ])('a body over the limit is refused (%s)', async (_how, declared) => {
    const chunk = 'x'.repeat(64 * 1024)
    const server = await serve((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(declared ? { 'content-length': String(chunk.length * 48) } : {})
      })
      for (let i = 0; i < 48; i++) res.write(chunk)
      res.end()
    })
    const r = await fetchIndexRecord(server.base, 'demo-pkg', {
      ...OPTIONS,
      maxBytes: 1024 * 1024
    })
    expect(r).toMatchObject({
      kind: 'unreachable',
      reason: 'the answer is larger than 1 MB'
    })
  })
})

test('with no network at all the check ends with index/unreachable, in bounded time', async () => {
  const port = await closedLoopbackPort()
  const started = Date.now()
  const response = await fetchIndexRecord(
    `http://127.0.0.1:${port}`,
    'demo-pkg',
    {
      timeoutMs: 2000,
      userAgent: productUserAgent('0.1.0')
    }
  )
  const decision = decideIndex({
    mode: 'release',
    version: '1.0.0',
    localArtifacts: [],
    published: readPublishedProject(response, 'demo-pkg'),
    indexUrl: `http://127.0.0.1:${port}`,
    projectName: 'demo-pkg',
    strict: false
  })
  const elapsed = Date.now() - started
  expect(decision.findings).toEqual([
    expect.objectContaining({
      id: 'index/unreachable',
      severity: 'warning',
      message: expect.stringContaining('connection refused')
    })
  ])
  expect(elapsed).toBeLessThan(15_000)
})

// The same project served in each form must lead to the same decision.
test.each([
  ['JSON API', '/pypi/demo-pkg/json', 'application/json', JSON_API],
  ['Simple JSON', '/simple/demo-pkg/', PEP691, SIMPLE_JSON],
  ['Simple HTML', '/simple/demo-pkg/', 'text/html', SIMPLE_HTML]
])('a re-run is recognised through the %s', async (_form, path, type, body) => {
  const server = await serve((req, res) =>
    req.url === path
      ? send(res, 200, type, body)
      : send(res, 404, 'text/plain', '')
  )
  const response = await fetchIndexRecord(server.base, 'demo-pkg', OPTIONS)
  const artifacts = ['demo_pkg-2.0.0-py3-none-any.whl', 'demo_pkg-2.0.0.tar.gz']
  const decision = decideIndex({
    mode: 'release',
    version: '2.0.0',
    localArtifacts: artifacts.map(name => ({
      name,
      sha256: fixtureSha256(name)
    })),
    published: readPublishedProject(response, 'demo-pkg'),
    indexUrl: server.base,
    projectName: 'demo-pkg',
    strict: false
  })
  expect(decision).toMatchObject({
    alreadyPublished: true,
    makeLatest: true,
    findings: [expect.objectContaining({ id: 'index/already-published' })]
  })
})

test('a redirect from https down to http is refused', async () => {
  const seen: string[] = []
  const downgrade: typeof fetch = input => {
    seen.push(typeof input === 'string' ? input : (input as URL).href)
    return Promise.resolve(
      new Response(null, {
        status: 301,
        headers: { location: 'http://127.0.0.1:9/pypi/demo/json' }
      })
    )
  }
  const r = await fetchIndexRecord('https://pypi.org', 'demo', {
    ...OPTIONS,
    fetch: downgrade
  })
  expect(r).toMatchObject({
    kind: 'unreachable',
    reason: 'refused redirect to http://127.0.0.1:9/pypi/demo/json'
  })
  expect(seen).toEqual(['https://pypi.org/pypi/demo/json'])
})
