/** Which of the index's interfaces a body came from. */
export type IndexSource = 'json-api' | 'simple-json' | 'simple-html'

/**
 * What the package index said about a project, as fetched and not yet
 * parsed. `url` never carries credentials.
 */
export type IndexResponse =
  | {
      readonly kind: 'found'
      readonly source: IndexSource
      /** The body as text, bounded in size by the fetcher. */
      readonly body: string
      readonly url: string
    }
  | { readonly kind: 'not-found'; readonly url: string }
  | {
      readonly kind: 'unreachable'
      readonly url: string
      /** Human-readable: `HTTP 503 (Service Unavailable)`, `connection refused`, … */
      readonly reason: string
    }
