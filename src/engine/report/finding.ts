/** How much a finding matters: errors fail the step, warnings fail it under `strict`. */
export type Severity = 'error' | 'warning' | 'notice'

/** One problem (or fact worth telling) found by a check. */
export interface Finding {
  /** Stable check id, grouped by area: `tag/missing`, `version/mismatch`, … */
  readonly id: string
  readonly severity: Severity
  /** What was found and what was expected, with both values quoted. */
  readonly message: string
  /** File the finding is about, relative to the working directory. */
  readonly file?: string
  /** 1-based line within `file`. */
  readonly line?: number
  /** The fix, when it is not already in the message. */
  readonly hint?: string
}

/** Builds a finding, leaving out location fields that are unknown. */
export function finding(
  id: string,
  severity: Severity,
  message: string,
  where: { file?: string; line?: number; hint?: string } = {}
): Finding {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = {
    id,
    severity,
    message
  }
  if (where.file !== undefined) out.file = where.file
  if (where.line !== undefined) out.line = where.line
  if (where.hint !== undefined) out.hint = where.hint
  return out
}
