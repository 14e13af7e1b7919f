/** Why a body could not be read as the interface it came from. */
export interface MalformedBody {
  readonly malformed: string
}

/** Parses JSON text, or says why it is not JSON. */
export function parseJson(
  body: string
): { readonly value: unknown } | MalformedBody {
  try {
    return { value: JSON.parse(body) as unknown }
  } catch (e) {
    return { malformed: `not valid JSON (${(e as Error).message})` }
  }
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value when it is a non-empty string (bounded), else `null`. */
export function text(value: unknown, max = 1000): string | null {
  return typeof value === 'string' && value !== '' ? value.slice(0, max) : null
}
