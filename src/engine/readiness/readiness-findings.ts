import { finding, type Finding } from '../report/finding.js'
import type { ReleaseTag } from './release-tags.js'

/** `readiness/nothing-to-release`: the version is an existing release's. */
export function nothingToRelease(
  version: string,
  latest: ReleaseTag,
  newest: ReleaseTag
): Finding {
  const line =
    latest.tag === newest.tag
      ? ''
      : ` on a maintenance line (the newest release is '${newest.tag}')`
  return finding(
    'readiness/nothing-to-release',
    'notice',
    `The project version ${version} is that of release tag '${latest.tag}'${line}: nothing to release.`
  )
}

/** `readiness/release-pending`: the version is new; its release is ahead. */
export function releasePending(
  version: string,
  latest: ReleaseTag,
  newest: ReleaseTag
): Finding {
  const line =
    latest.tag === newest.tag
      ? ''
      : `, in its series; the newest release overall is '${newest.tag}', so this is a maintenance release`
  return finding(
    'readiness/release-pending',
    'notice',
    `The project version ${version} is newer than ${latest.version}, the latest release (tag '${latest.tag}')${line}: a release is pending, so its changelog entry and the index are checked.`
  )
}

/** `readiness/version-regressed`: the version went down. */
export function versionRegressed(
  version: string,
  latest: ReleaseTag,
  reachable: boolean
): Finding {
  const which = reachable
    ? 'the latest release in this branch’s history'
    : 'the latest release'
  return finding(
    'readiness/version-regressed',
    'error',
    `The project version ${version} is lower than ${latest.version}, ${which} (tag '${latest.tag}'): versions must only go up.`,
    {
      hint: `Set the version above ${latest.version}, or back to ${latest.version} if nothing is to be released.`
    }
  )
}

/** `readiness/first-release`: no release tag yet. */
export function firstRelease(version: string, prefix: string): Finding {
  return finding(
    'readiness/first-release',
    'notice',
    `No tag of the form '${prefix}<version>' exists yet: ${version} will be the first release.`
  )
}

/** `readiness/tags-unavailable`: the release tags could not be listed. */
export function tagsUnavailable(version: string, note: string): Finding {
  return finding(
    'readiness/tags-unavailable',
    'warning',
    `The release tags could not be listed (${note}), so whether ${version} is a new release is unknown.`,
    {
      hint: "Give actions/checkout 'fetch-depth: 0', or keep github-token set so the tags are read through the GitHub API."
    }
  )
}
