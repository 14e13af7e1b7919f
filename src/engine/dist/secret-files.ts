/**
 * Files that must never ship: credentials, private keys and version-control
 * folders. Only names are known, so the rules are by name, and spare the
 * files that are public by nature: CA bundles (certifi's `cacert.pem`) and
 * the keys test suites carry as fixtures.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { Finding } from '../report/finding.js'

const CREDENTIAL_FILES = new Set([
  '.pypirc',
  '.netrc',
  '.git-credentials',
  '.npmrc',
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519'
])
const DOTENV = /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$)[^.]+)?$/i
const KEY_FILE = /\.(?:pem|key|p12|pfx)$/i
const PUBLIC_PEM = /(?:^|[-_.])(?:ca|cacert|certs?|chain|bundle|fullchain|pub|public)(?:[-_.]|$)/i
const VCS_FOLDERS = new Set(['.git', '.hg', '.svn'])
const TEST_FOLDER = /^(?:tests?|testing|test_?data|fixtures?|testdata|examples?)$/i

/** A member that looks secret: the path to name and why. */
export interface SecretMember {
  /** The member, or for a version-control folder the folder itself. */
  readonly path: string
  readonly reason: string
}

/** Whether the member `name` (a folder when `folder`) looks secret. */
export function secretMember(name: string, folder = false): SecretMember | null {
  const segments = name.split('/').filter(s => s !== '')
  const base = segments[segments.length - 1] ?? ''
  const parents = folder ? segments : segments.slice(0, -1)
  const vcs = parents.findIndex(s => VCS_FOLDERS.has(s))
  if (vcs >= 0) {
    return {
      path: `${segments.slice(0, vcs + 1).join('/')}/`,
      reason: `is a "${segments[vcs] ?? ''}" folder (repository history and configuration)`
    }
  }
  if (folder) return null
  const reason = fileReason(base, parents)
  return reason ? { path: name, reason } : null
}

function fileReason(base: string, parents: readonly string[]): string | null {
  if (CREDENTIAL_FILES.has(base)) return 'is a credentials or private-key file'
  if (DOTENV.test(base)) return 'is an environment file, which holds secrets'
  if (!KEY_FILE.test(base) || PUBLIC_PEM.test(base.replace(KEY_FILE, ''))) {
    return null
  }
  return parents.some(s => TEST_FOLDER.test(s))
    ? null
    : 'looks like a private key or certificate store'
}

/** `dist/secret-file` for each member (or VCS folder) that looks secret. */
export function checkSecretFiles(
  ref: ArtifactRef,
  entries: readonly { readonly name: string; readonly kind: string }[]
): Finding[] {
  const reported = new Set<string>()
  const out: Finding[] = []
  for (const entry of entries) {
    const secret = secretMember(entry.name, entry.kind === 'directory')
    if (!secret || reported.has(secret.path)) continue
    reported.add(secret.path)
    out.push(
      artifactFinding(
        ref,
        'dist/secret-file',
        'error',
        `"${ref.file}" contains "${secret.path}", which ${secret.reason}: once published it can never be withdrawn from mirrors.`,
        'Exclude it from the build (MANIFEST.in `prune`/`exclude`, `[tool.hatch.build] exclude`, …), rebuild, and rotate the secret if it is real.'
      )
    )
  }
  return out
}
