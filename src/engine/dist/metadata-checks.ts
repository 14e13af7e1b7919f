/**
 * Every check of one artifact's core metadata, as `twine check` and the
 * index make them, and more.
 */
import { checkLicenseFields, type LicenseFileRoot } from './license-checks.js'
import { checkLongDescription } from './long-description.js'
import type { MetadataContext } from './metadata-context.js'
import { checkMetadataFields } from './metadata-fields.js'
import { checkRequiresPython } from './requires-python.js'
import type { WheelTag } from './wheel-filename.js'
import type { Finding } from '../report/finding.js'

/** Checks fields, long description, license and Requires-Python. */
export function checkMetadata(
  context: MetadataContext,
  licenses: LicenseFileRoot,
  tags: readonly WheelTag[] | null
): Finding[] {
  return [
    ...checkMetadataFields(context),
    ...checkLongDescription(context),
    ...checkLicenseFields(context, licenses),
    ...checkRequiresPython(context, tags)
  ]
}
