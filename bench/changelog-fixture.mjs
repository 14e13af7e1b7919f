// Realistic changelogs of any size, newest first, dated entries with
// sub-sections and bullets: Keep a Changelog in Markdown (inline code,
// link references) and towncrier's reStructuredText (literals, roles).
const SECTIONS = ['Added', 'Changed', 'Fixed', 'Removed']
const WORDS =
  'parser wheel metadata version tag release index cache config plugin option default timeout retry encoding path'.split(
    ' '
  )

/** The text of a changelog of about `bytes` bytes and the versions in it. */
export function makeChangelog(bytes) {
  const entries = []
  const versions = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const version = `${Math.floor(i / 100)}.${Math.floor(i / 10) % 10}.${i % 10}`
    versions.push(version)
    const day = String(1 + (i % 28)).padStart(2, '0')
    const lines = [`## [${version}] - 2020-01-${day}`, '']
    for (const section of SECTIONS.slice(0, 1 + (i % 3))) {
      lines.push(`### ${section}`, '')
      for (let b = 0; b < 4; b++) {
        const w = n => WORDS[(i * 7 + b * 3 + n) % WORDS.length]
        lines.push(
          `- The \`${w(0)}\` ${w(1)} now handles ${w(2)} ${w(3)} ([#${i * 10 + b}][i${i}-${b}]).`
        )
      }
      lines.push('')
    }
    const text = lines.join('\n')
    entries.push(text)
    // The entry's text and the four link definitions it adds at the end.
    size +=
      text.length + 4 * `[i${i}-0]: https://example.com/${i * 10}\n`.length
  }
  const links = versions.flatMap((_v, i) =>
    [0, 1, 2, 3].map(b => `[i${i}-${b}]: https://example.com/${i * 10 + b}`)
  )
  entries.reverse()
  versions.reverse()
  const text = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    ...entries,
    ...links,
    ''
  ].join('\n')
  return { text, newest: versions[0], oldest: versions[versions.length - 1] }
}

/**
 * The reStructuredText counterpart of {@link makeChangelog}: a towncrier
 * file of about `bytes` bytes, titles underlined, issues as Sphinx roles.
 */
export function makeRstChangelog(bytes) {
  const entries = []
  const versions = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const version = `${Math.floor(i / 100)}.${Math.floor(i / 10) % 10}.${i % 10}`
    versions.push(version)
    const day = String(1 + (i % 28)).padStart(2, '0')
    const title = `${version} (2020-01-${day})`
    const lines = [title, '='.repeat(title.length), '']
    for (const section of SECTIONS.slice(0, 1 + (i % 3))) {
      lines.push(section, '-'.repeat(section.length), '')
      for (let b = 0; b < 4; b++) {
        const w = n => WORDS[(i * 7 + b * 3 + n) % WORDS.length]
        lines.push(
          `- The \`\`${w(0)}\`\` ${w(1)} now handles ${w(2)} ${w(3)} (:issue:\`${i * 10 + b}\`).`
        )
      }
      lines.push('')
    }
    const text = lines.join('\n')
    entries.push(text)
    size += text.length + 1
  }
  entries.reverse()
  versions.reverse()
  const text = [
    '=========',
    'Changelog',
    '=========',
    '',
    '.. towncrier release notes start',
    '',
    ...entries,
    ''
  ].join('\n')
  return { text, newest: versions[0], oldest: versions[versions.length - 1] }
}
