import { filenameVersion } from './filename-version.js'
import { isRecord, parseJson, text, type MalformedBody } from './index-body.js'
import {
  assembleProject,
  sha256Digest,
  type ListedFile,
  type PublishedProject
} from './published-project.js'

/**
 * Reads a Simple API project page in its JSON form (PEP 691): `files`,
 * each with `filename`, `hashes.sha256` and `yanked` (true, or the reason
 * as a string, PEP 592), plus `upload-time` and the project's `versions`
 * where the index implements PEP 700. PEP 691 asks clients to refuse an
 * unknown major `meta.api-version`.
 */
export function parseSimpleJson(
  body: string,
  projectName: string
): PublishedProject | MalformedBody {
  const parsed = parseJson(body)
  if (!('value' in parsed)) return parsed
  const doc = parsed.value
  if (!isRecord(doc) || !Array.isArray(doc.files)) {
    return { malformed: "no 'files' list in the Simple API JSON answer" }
  }
  const apiVersion = isRecord(doc.meta) ? text(doc.meta['api-version']) : null
  if (apiVersion !== null && !apiVersion.startsWith('1.')) {
    return { malformed: `unsupported Simple API version '${apiVersion}'` }
  }
  const files: ListedFile[] = []
  for (const item of doc.files as unknown[]) {
    const file = listedFile(item, projectName)
    if (file) files.push(file)
  }
  const versions = Array.isArray(doc.versions)
    ? (doc.versions as unknown[]).flatMap(v => text(v, 200) ?? [])
    : []
  return assembleProject(files, versions)
}

function listedFile(item: unknown, projectName: string): ListedFile | null {
  if (!isRecord(item)) return null
  const filename = text(item.filename)
  const version = filename && filenameVersion(filename, projectName)
  if (!filename || !version) return null
  const yanked = item.yanked === true || text(item.yanked) !== null
  return {
    version,
    filename,
    sha256: isRecord(item.hashes) ? sha256Digest(item.hashes.sha256) : null,
    yanked,
    yankedReason: text(item.yanked),
    uploadTime: text(item['upload-time'], 64)
  }
}
