import { filenameVersion } from './filename-version.js'
import { scanAnchors, type Anchor } from './html-anchors.js'
import {
  assembleProject,
  sha256Digest,
  type ListedFile,
  type PublishedProject
} from './published-project.js'

// One anchor per file; a project page of more is not a real one.
const MAX_ANCHORS = 500_000

/**
 * Reads a Simple API project page in its HTML form (PEP 503): one anchor
 * per file, the file name as its text, the digest as a `#sha256=` URL
 * fragment, and PEP 592's `data-yanked` attribute (its value the reason)
 * on yanked files. The HTML form has no upload times. Anchors that are not
 * distributions of the project are ignored.
 */
export function parseSimpleHtml(
  body: string,
  projectName: string
): PublishedProject {
  const files: ListedFile[] = []
  for (const anchor of scanAnchors(body, MAX_ANCHORS)) {
    const file = listedFile(anchor, projectName)
    if (file) files.push(file)
  }
  return assembleProject(files)
}

function listedFile(anchor: Anchor, projectName: string): ListedFile | null {
  const href = anchor.attributes.get('href') ?? ''
  const filename = (anchor.text || lastSegment(href)).slice(0, 1000)
  const version = filenameVersion(filename, projectName)
  if (!version) return null
  const hash = href.indexOf('#')
  const fragment = hash < 0 ? '' : href.slice(hash + 1)
  const reason = anchor.attributes.get('data-yanked')
  return {
    version,
    filename,
    sha256: fragment.startsWith('sha256=')
      ? sha256Digest(fragment.slice(7))
      : null,
    yanked: reason !== undefined,
    yankedReason: reason || null,
    uploadTime: null
  }
}

function lastSegment(href: string): string {
  const path = href.split('#', 1)[0]?.split('?', 1)[0] ?? ''
  const segment = path.slice(path.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
