import { isRecord, parseJson, text, type MalformedBody } from './index-body.js'
import {
  assembleProject,
  sha256Digest,
  type ListedFile,
  type PublishedProject
} from './published-project.js'

/**
 * Reads a PyPI JSON API answer (`GET /pypi/{name}/json`): `releases` maps
 * each version to its files, each with `digests.sha256`,
 * `upload_time_iso_8601`, `yanked` and `yanked_reason`. A version listed
 * with no files still exists: its files were deleted, and the index never
 * takes the same file name again. An answer without `releases` (the
 * per-version endpoint, or a partial implementation) falls back to
 * `info.version` with `urls`. Anything not shaped so is ignored.
 */
export function parseJsonApi(body: string): PublishedProject | MalformedBody {
  const parsed = parseJson(body)
  if (!('value' in parsed)) return parsed
  const doc = parsed.value
  if (!isRecord(doc) || !(isRecord(doc.releases) || isRecord(doc.info))) {
    return {
      malformed: "no 'releases' or 'info' object in the JSON API answer"
    }
  }
  const releases = isRecord(doc.releases)
    ? doc.releases
    : fromInfo(doc.info, doc.urls)
  const files: ListedFile[] = []
  const versions: string[] = []
  for (const [version, list] of Object.entries(releases)) {
    if (version === '' || version.length > 200) continue
    versions.push(version)
    if (!Array.isArray(list)) continue
    for (const item of list as unknown[]) {
      const file = listedFile(version, item)
      if (file) files.push(file)
    }
  }
  return assembleProject(files, versions)
}

function fromInfo(info: unknown, urls: unknown): Record<string, unknown> {
  const version = isRecord(info) ? text(info.version, 200) : null
  return version === null ? {} : { [version]: Array.isArray(urls) ? urls : [] }
}

function listedFile(version: string, item: unknown): ListedFile | null {
  if (!isRecord(item)) return null
  const filename = text(item.filename)
  if (filename === null) return null
  const yanked = item.yanked === true
  return {
    version,
    filename,
    sha256: isRecord(item.digests) ? sha256Digest(item.digests.sha256) : null,
    yanked,
    yankedReason: yanked ? text(item.yanked_reason) : null,
    uploadTime:
      text(item.upload_time_iso_8601, 64) ?? text(item.upload_time, 64)
  }
}
