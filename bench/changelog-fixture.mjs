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
  const { entries, versions } = generate(
    bytes,
    (i, version, date) => [
      `## [${version}] - ${date}`,
      '',
      ...sections(i, (section, bullets) => [
        `### ${section}`,
        '',
        ...bullets(
          (code, words, n) =>
            `- The \`${code}\` ${words} ([#${n}][i${i}-${n % 10}]).`
        ),
        ''
      ])
    ],
    // The four link definitions each entry adds at the end.
    i => 4 * `[i${i}-0]: https://example.com/${i * 10}\n`.length
  )
  const links = [...versions]
    .reverse()
    .flatMap((_v, i) =>
      [0, 1, 2, 3].map(b => `[i${i}-${b}]: https://example.com/${i * 10 + b}`)
    )
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
  const { entries, versions } = generate(
    bytes,
    (i, version, date) => {
      const title = `${version} (${date})`
      return [
        title,
        '='.repeat(title.length),
        '',
        ...sections(i, (section, bullets) => [
          section,
          '-'.repeat(section.length),
          '',
          ...bullets(
            (code, words, n) =>
              `- The \`\`${code}\`\` ${words} (:issue:\`${n}\`).`
          ),
          ''
        ])
      ]
    },
    () => 1
  )
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

// Entries of `lines(i, version, date)` until about `bytes` bytes, with
// what `elsewhere(i)` adds outside the entry; both lists newest first.
function generate(bytes, lines, elsewhere) {
  const entries = []
  const versions = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const version = `${Math.floor(i / 100)}.${Math.floor(i / 10) % 10}.${i % 10}`
    const date = `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`
    const text = lines(i, version, date).join('\n')
    versions.push(version)
    entries.push(text)
    size += text.length + elsewhere(i)
  }
  return { entries: entries.reverse(), versions: versions.reverse() }
}

// The sub-sections of entry `i`, each with four bullets made by `bullet`
// from a code word, the words after it and an issue number.
function sections(i, section) {
  return SECTIONS.slice(0, 1 + (i % 3)).flatMap(name =>
    section(name, bullet =>
      [0, 1, 2, 3].map(b => {
        const w = n => WORDS[(i * 7 + b * 3 + n) % WORDS.length]
        return bullet(w(0), `${w(1)} now handles ${w(2)} ${w(3)}`, i * 10 + b)
      })
    )
  )
}
