import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** An artifact service on loopback: the results API (twirp) and its blob store. */
export interface FakeArtifactService {
  readonly url: string
  /** Artifact name → the bytes committed to the blob store. */
  readonly blobs: Map<string, Buffer>
  readonly finalized: { name: string; size: string; hash?: string }[]
  close(): Promise<void>
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Starts the fake on an ephemeral loopback port. */
export async function startArtifactService(): Promise<FakeArtifactService> {
  const blobs = new Map<string, Buffer>()
  const blocks = new Map<string, Buffer>()
  const finalized: FakeArtifactService['finalized'] = []
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const data = await body(req)
      const json = (value: object) => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (url.pathname.endsWith('/CreateArtifact')) {
        const { name } = JSON.parse(data.toString()) as { name: string }
        const { port } = server.address() as AddressInfo
        return json({
          ok: true,
          signedUploadUrl: `http://127.0.0.1:${port}/devstoreaccount1/results/${encodeURIComponent(name)}?sig=fake`
        })
      }
      if (url.pathname.endsWith('/FinalizeArtifact')) {
        finalized.push(
          JSON.parse(
            data.toString()
          ) as FakeArtifactService['finalized'][number]
        )
        return json({ ok: true, artifactId: '4242' })
      }
      const blob = decodeURIComponent(url.pathname.split('/').pop() ?? '')
      const headers = {
        'x-ms-request-id': '1',
        'x-ms-version': '2025-01-05',
        ETag: '"0x1"',
        'Last-Modified': new Date().toUTCString()
      }
      if (req.method === 'PUT' && url.searchParams.get('comp') === 'block') {
        blocks.set(`${blob}/${url.searchParams.get('blockid')}`, data)
      } else if (
        req.method === 'PUT' &&
        url.searchParams.get('comp') === 'blocklist'
      ) {
        const ids = [
          ...data
            .toString()
            .matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)
        ].map(m => m[1])
        blobs.set(
          blob,
          Buffer.concat(
            ids.map(id => blocks.get(`${blob}/${id}`) ?? Buffer.alloc(0))
          )
        )
      } else if (req.method === 'PUT') {
        blobs.set(blob, data)
      } else {
        res.writeHead(404)
        return res.end()
      }
      res.writeHead(201, headers)
      res.end()
    })()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    blobs,
    finalized,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

/** A runtime token whose scope names a run and a job, as the runner issues. */
export function fakeRuntimeToken(): string {
  const part = (o: object) =>
    Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.ExampleScope Actions.Results:run-1:job-1' })}.`
}
