/**
 * The claims of a GitHub Actions OIDC token that a package index's trusted
 * publisher is matched against (Warehouse: `sub`, `repository`,
 * `repository_owner`, `repository_owner_id`, `job_workflow_ref`,
 * `environment`; `ref` completes `job_workflow_ref`), plus the context that
 * explains them.
 */
export const MATCHED_CLAIMS = [
  'sub',
  'repository',
  'repository_owner',
  'repository_owner_id',
  'workflow_ref',
  'job_workflow_ref',
  'environment',
  'ref',
  'event_name'
] as const

/** One of the claims shown. */
export type ClaimName = (typeof MATCHED_CLAIMS)[number]

/** The claims present in the token, each as text. */
export type OidcClaims = Readonly<Partial<Record<ClaimName, string>>>

/** What reading the claims gave: the claims, or why there are none. */
export type OidcClaimsResult =
  | {
      readonly status: 'ok'
      readonly audience: string
      readonly claims: OidcClaims
    }
  /** No id-token in this job: the normal case outside the publish job. */
  | { readonly status: 'unavailable'; readonly reason: string }
  /** An id-token was offered but could not be read. */
  | { readonly status: 'failed'; readonly reason: string }

/** Keeps the shown claims of a decoded token payload, as text. */
export function pickClaims(payload: unknown): OidcClaims {
  if (payload === null || typeof payload !== 'object') return {}
  const source = payload as Record<string, unknown>
  const claims: Partial<Record<ClaimName, string>> = {}
  for (const name of MATCHED_CLAIMS) {
    const value = source[name]
    if (typeof value === 'string' || typeof value === 'number') {
      claims[name] = String(value)
    }
  }
  return claims
}
