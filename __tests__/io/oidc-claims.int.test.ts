import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { readOidcClaims } from '../../src/io/oidc-claims.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** A loopback stand-in for both the index and the runner's token service. */
interface FakeServices {
  url: string
  audience: Handler
  token: Handler
  seen: { path: string; authorization?: string }[]
}

const REQUEST_TOKEN = 'request-token-secret'
const CLAIMS = {
  sub: 'repo:octo-org/acme:environment:pypi',
  repository: 'octo-org/acme',
  repository_owner: 'octo-org',
  repository_owner_id: 4242,
  workflow_ref: 'octo-org/acme/.github/workflows/release.yml@refs/tags/v1.2.3',
  job_workflow_ref:
    'octo-org/acme/.github/workflows/release.yml@refs/tags/v1.2.3',
  environment: 'pypi',
  ref: 'refs/tags/v1.2.3',
  event_name: 'push',
  actor: 'someone',
  jti: 'unique'
}

function jwt(payload: object): string {
  const part = (o: object): string =>
    Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`
}

const TOKEN = jwt(CLAIMS)
// What the index does not match on is left out.
const SHOWN = Object.fromEntries(
  Object.entries(CLAIMS).filter(([k]) => k !== 'actor' && k !== 'jti')
)

const sendJson =
  (body: unknown, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

let services: FakeServices
let server: Server

beforeAll(async () => {
  services = {
    url: '',
    audience: sendJson({ audience: 'pypi' }),
    token: sendJson({ value: TOKEN }),
    seen: []
  }
  server = createServer((req, res) => {
    const path = req.url ?? ''
    services.seen.push({ path, authorization: req.headers.authorization })
    if (path === '/_/oidc/audience') services.audience(req, res)
    else if (path.startsWith('/token')) services.token(req, res)
    else sendJson({}, 404)(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  services.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

function run(
  handlers: Partial<Pick<FakeServices, 'audience' | 'token'>> = {},
  env: NodeJS.ProcessEnv = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${services.url}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
  }
): { masked: string[]; result: ReturnType<typeof readOidcClaims> } {
  services.audience = handlers.audience ?? sendJson({ audience: 'pypi' })
  services.token = handlers.token ?? sendJson({ value: TOKEN })
  services.seen = []
  const masked: string[] = []
  const result = readOidcClaims({
    env,
    indexUrl: `${services.url}/`,
    mask: s => void masked.push(s),
    timeoutMs: 500
  })
  return { masked, result }
}

describe('readOidcClaims', () => {
  test('returns the matched claims, asking for the audience the index names', async () => {
    const { masked, result } = run({
      audience: sendJson({ audience: 'testpypi' })
    })
    expect(await result).toEqual({
      status: 'ok',
      audience: 'testpypi',
      claims: { ...SHOWN, repository_owner_id: '4242' }
    })
    expect(services.seen).toEqual([
      { path: '/_/oidc/audience', authorization: undefined },
      {
        path: '/token?api-version=2.0&audience=testpypi',
        authorization: `Bearer ${REQUEST_TOKEN}`
      }
    ])
    expect(masked).toEqual([REQUEST_TOKEN, TOKEN])
  })

  test('never returns the token itself', async () => {
    const text = JSON.stringify(await run().result)
    expect(text).not.toContain(TOKEN.split('.')[1])
    expect(text).not.toContain(REQUEST_TOKEN)
    expect(text).not.toContain('jti')
  })

  test('is unavailable, without a request, where the job has no id-token', async () => {
    const { masked, result } = run({}, {})
    expect(await result).toEqual({
      status: 'unavailable',
      reason: expect.stringContaining('`id-token: write`')
    })
    expect(services.seen).toEqual([])
    expect(masked).toEqual([])
  })

  test.each([
    [
      'an index without trusted publishing',
      { audience: sendJson({}, 404) },
      /does not offer trusted publishing/
    ],
    [
      'an index that disabled it',
      { audience: sendJson({}, 403) },
      /has trusted publishing disabled/
    ],
    [
      'an audience that is not named',
      { audience: sendJson({ aud: 1 }) },
      /did not name an OIDC audience/
    ],
    [
      'a refused token request',
      { token: sendJson({ message: REQUEST_TOKEN }, 401) },
      /id-token service answered HTTP 401/
    ],
    [
      'an answer that is not JSON',
      { token: (_q, s) => void s.end('<html>') },
      /did not answer with JSON/
    ],
    [
      'a token that is not a JWT',
      { token: sendJson({ value: 'opaque' }) },
      /not a readable JWT/
    ],
    [
      'an oversized answer',
      { audience: (_q, s) => void s.end('x'.repeat(200_000)) },
      /too large/
    ],
    [
      'a redirect',
      {
        token: (_q, s) => {
          s.writeHead(302, { location: 'http://127.0.0.1:9/' })
          s.end()
        }
      },
      /could not be reached/
    ]
  ])('fails with a reason on %s', async (_what, handlers, reason) => {
    const result = await run(handlers).result
    expect(result).toEqual({
      status: 'failed',
      reason: expect.stringMatching(reason)
    })
    expect(JSON.stringify(result)).not.toContain(REQUEST_TOKEN)
  })

  test('gives up on a silent service within the time limit', async () => {
    const started = Date.now()
    const result = await run({ audience: () => undefined }).result
    expect(result).toEqual({
      status: 'failed',
      reason:
        'the index 127.0.0.1:' +
        services.url.split(':')[2] +
        ' could not be reached: no answer within 0.5 s.'
    })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  test('fails with a reason when nothing listens', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    const result = await readOidcClaims({
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
      },
      indexUrl: `http://127.0.0.1:${port}`,
      mask: () => undefined,
      timeoutMs: 500
    })
    expect(result).toEqual({
      status: 'failed',
      reason: `the index 127.0.0.1:${port} could not be reached: ECONNREFUSED.`
    })
  })
})
