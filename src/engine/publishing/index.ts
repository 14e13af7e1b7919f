/**
 * Trusted publishing: the index's form values for this workflow, the OIDC
 * claims it will match, and the lint of the workflow that publishes.
 */
export { parseWorkflowRef, trustedPublisherFacts } from './trusted-publisher.js'
export type {
  PublisherForm,
  TrustedPublisherContext,
  TrustedPublisherFacts,
  WorkflowRef
} from './trusted-publisher.js'
export { renderTrustedPublisher } from './render-trusted-publisher.js'
export { MATCHED_CLAIMS, pickClaims } from './oidc-claims.js'
export type { ClaimName, OidcClaims, OidcClaimsResult } from './oidc-claims.js'
export { lintWorkflow } from './workflow-lint.js'
export type { WorkflowLintContext } from './workflow-lint.js'
export { PUBLISH_ACTION } from './publish-jobs.js'
export type {
  JobModel,
  PermissionsModel,
  StepModel,
  WorkflowModel
} from './workflow-model.js'
