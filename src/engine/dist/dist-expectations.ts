/**
 * What the caller asks of `dist/`, declared here with the same literal values
 * as the settings so the engine never imports the adapters' types.
 */

/** Platform families that `expected-platforms` may require. */
export const PLATFORM_FAMILIES = [
  'linux-x86_64',
  'linux-aarch64',
  'musllinux-x86_64',
  'macos-arm64',
  'macos-x86_64',
  'windows-amd64',
  'windows-arm64',
  'any'
] as const

/** One platform family, e.g. `linux-x86_64` or `any`. */
export type PlatformFamily = (typeof PLATFORM_FAMILIES)[number]

/** Bounds on the number of wheels; `max: null` leaves the top open. */
export interface WheelCount {
  readonly min: number
  readonly max: number | null
}

/** The project the artifacts must belong to; `null` where it is unknown. */
export interface ProjectIdentity {
  /** Normalized project name (PEP 503). */
  readonly name: string | null
  /** Normalized PEP 440 version. */
  readonly version: string | null
}
