import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request the server saw. */
export interface SeenRequest {
  readonly url: string
  readonly headers: IncomingHttpHeaders
}

/** An HTTP server on 127.0.0.1 that a test starts and stops itself. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly base: string
  readonly requests: SeenRequest[]
  close(): Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: number) => void

/** Starts a server on a free loopback port; `seen` counts requests from 1. */
export async function startLoopbackServer(
  handler: Handler
): Promise<LoopbackServer> {
  const requests: SeenRequest[] = []
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers })
    handler(req, res, requests.length)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A loopback port nothing listens on: bound, then released. */
export async function closedLoopbackPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

/** Answers with a status, a content type and a body. */
export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string
): void {
  res.writeHead(status, { 'content-type': type })
  res.end(body)
}
