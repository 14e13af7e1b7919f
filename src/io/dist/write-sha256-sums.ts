import { writeFile } from 'node:fs/promises'
/** One artifact's name within `dist/` and its hex sha256. */
export interface ArtifactDigest {
  readonly name: string
  readonly sha256: string
}

/**
 * Writes `file` in `sha256sum`'s format, one `<hex>  <name>` line per
 * artifact sorted by name, so that `sha256sum -c SHA256SUMS` run in the
 * dist folder checks every artifact.
 */
export async function writeSha256Sums(
  artifacts: readonly ArtifactDigest[],
  file: string
): Promise<void> {
  const lines = [...artifacts]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(artifact => sumLine(artifact.sha256, artifact.name))
  await writeFile(file, lines.join(''))
}

/**
 * coreutils escapes a name holding a backslash, newline or carriage return
 * and marks its line with a leading backslash, so every line stays one line.
 */
function sumLine(sha256: string, name: string): string {
  if (!/[\\\n\r]/.test(name)) return `${sha256}  ${name}\n`
  const escaped = name
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
  return `\\${sha256}  ${escaped}\n`
}
