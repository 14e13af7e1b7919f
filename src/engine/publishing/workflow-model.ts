/**
 * A GitHub Actions workflow file reduced to what the publishing lint reads,
 * with 1-based line numbers so findings point at the line to change. The
 * I/O side builds it from YAML; the lint never sees YAML.
 */
export interface WorkflowModel {
  /** Path of the file relative to the repository root. */
  readonly file: string
  /** Event names under `on:` (`push`, `workflow_call`, …). */
  readonly triggers: readonly string[]
  /** Line of `on:`, or 1 when absent. */
  readonly triggersLine: number
  /** Top-level `permissions:`; `null` when not set. */
  readonly permissions: PermissionsModel | null
  readonly jobs: readonly JobModel[]
}

/** A `permissions:` block, at workflow or job level. */
export interface PermissionsModel {
  readonly line: number
  /** `read-all` / `write-all` shorthands; `null` for a map of scopes. */
  readonly all: 'read' | 'write' | null
  /** Scope to access, e.g. `{ 'id-token': 'write' }`; empty for `{}`. */
  readonly scopes: Readonly<Record<string, string>>
}

/** One entry under `jobs:`. */
export interface JobModel {
  readonly id: string
  /** Line of the job's key. */
  readonly line: number
  /** Job ids from `needs:` (a string or a list in YAML). */
  readonly needs: readonly string[]
  /** The job's `if:` condition as written; `null` when none. */
  readonly condition: string | null
  /** From `environment: name` or `environment: { name: … }`. */
  readonly environment: { readonly name: string; readonly line: number } | null
  readonly permissions: PermissionsModel | null
  readonly steps: readonly StepModel[]
  /** A reusable-workflow call (`jobs.<id>.uses`); `null` for a job with steps. */
  readonly uses: { readonly ref: string; readonly line: number } | null
  /** The called workflow, when `uses` names a local (`./…`) file that was read. */
  readonly called: WorkflowModel | null
}

/** One entry under `steps:`. */
export interface StepModel {
  readonly line: number
  readonly id: string | null
  readonly uses: string | null
  readonly run: string | null
  /** The step's `with:` inputs, scalars as text. */
  readonly with: Readonly<Record<string, string>>
}
