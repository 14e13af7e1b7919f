/**
 * Each archive and file-name finding fires on the one fault it is about,
 * names the artifact, and stays alone where nothing else is wrong.
 */
import { describe, expect, test } from '@jest/globals'
import type { ArtifactFacts } from '../../../src/engine/dist/artifact-facts.js'
import { checkDist } from '../../../src/engine/dist/check-dist.js'
import {
  change,
  entry,
  input,
  sdist,
  wheel,
  withEntries,
  withText
} from './artifact-builder.js'

const W = wheel()
const INFO = 'demo_pkg-1.2.3.dist-info'
const record = W.texts[`${INFO}/RECORD`] ?? ''

function renamed(facts: ArtifactFacts, from: string, to: string): ArtifactFacts {
  return change(facts, {
    entries: facts.entries.map(e => ({ ...e, name: e.name.replace(from, to) })),
    texts: Object.fromEntries(
      Object.entries(facts.texts).map(([k, v]) => [k.replace(from, to), v.replaceAll(from, to)])
    )
  })
}

const cases: [string, string, ArtifactFacts][] = [
  ['dist/bad-filename', 'a wheel name missing a tag', change(W, { file: 'demo_pkg-1.2.3-py3-none.whl' })],
  ['dist/bad-filename', 'a wheel name with an invalid version', change(W, { file: 'demo_pkg-1.2.x-py3-none-any.whl' })],
  ['dist/bad-filename', 'an sdist name without a version', change(sdist(), { file: 'demo_pkg.tar.gz' })],
  [
    'dist/record-hash-mismatch',
    'a member changed after RECORD was written',
    change(W, {
      entries: W.entries.map(e =>
        e.name === 'demo_pkg/__init__.py' ? { ...e, sha256: '0'.repeat(64) } : e
      )
    })
  ],
  [
    'dist/record-size-mismatch',
    'a RECORD size off by one',
    withText(W, `${INFO}/RECORD`, record.replace(/,(\d+)\n/, (_, n: string) => `,${Number(n) + 1}\n`))
  ],
  ['dist/record-missing-entry', 'a RECORD row for a missing member', withText(W, `${INFO}/RECORD`, `${record}demo_pkg/gone.py,sha256=AAAA,1\n`)],
  ['dist/record-unlisted-file', 'a member RECORD does not list', withEntries(W, [entry('demo_pkg/extra.py')])],
  ['dist/record-invalid', 'a RECORD row with two columns', withText(W, `${INFO}/RECORD`, `${record}demo_pkg/x.py,sha256=AAAA\n`)],
  ['dist/record-invalid', 'an md5 hash', withText(W, `${INFO}/RECORD`, record.replace(/sha256=[^,]+/, 'md5=AAAA'))],
  ['dist/record-missing', 'no RECORD', change(W, { entries: W.entries.filter(e => !e.name.endsWith('RECORD')), texts: { ...W.texts, [`${INFO}/RECORD`]: undefined as unknown as string } })],
  ['dist/duplicate-entry', 'a member stored twice', withEntries(W, [entry('demo_pkg/__init__.py', '__version__ = "1.2.3"\n')])],
  ['dist/duplicate-entry', 'a RECORD row twice', withText(W, `${INFO}/RECORD`, record + (record.split('\n')[0] ?? '') + '\n')],
  ['dist/unsafe-path', 'a member climbing out with ..', withEntries(W, [entry('../evil.py')])],
  ['dist/unsafe-path', 'an absolute member', withEntries(W, [entry('/etc/passwd')])],
  ['dist/unsafe-path', 'a drive letter', withEntries(W, [entry('C:/evil.py')])],
  ['dist/secret-file', 'a .env file', withEntries(W, [entry('demo_pkg/.env')])],
  ['dist/secret-file', 'a .pypirc', withEntries(sdist(), [entry('demo_pkg-1.2.3/.pypirc')])],
  ['dist/secret-file', 'an SSH key', withEntries(sdist(), [entry('demo_pkg-1.2.3/id_ed25519')])],
  ['dist/secret-file', 'a private key', withEntries(W, [entry('demo_pkg/server.key')])],
  ['dist/secret-file', 'a git folder', withEntries(sdist(), [entry('demo_pkg-1.2.3/.git/config')])],
  ['dist/file-too-large', 'a 150 MiB wheel', change(W, { size: 150 * 1024 * 1024 })],
  ['dist/linux-platform-tag', 'a bare linux_x86_64 wheel', wheel({ tag: 'cp312-cp312-linux_x86_64' })],
  ['dist/dist-info-folder', 'a .dist-info of another version', renamed(W, INFO, 'demo_pkg-1.2.2.dist-info')],
  ['dist/wheel-file', 'a WHEEL of version 2.0', wheel({ wheelText: 'Wheel-Version: 2.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n' })],
  ['dist/wheel-file', 'a WHEEL without Root-Is-Purelib', wheel({ wheelText: 'Wheel-Version: 1.0\nTag: py3-none-any\n' })],
  ['dist/wheel-tags-mismatch', 'WHEEL tags of another platform', wheel({ wheelText: 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: cp312-cp312-win_amd64\n' })],
  ['dist/purelib-platform', 'a pure wheel with a platform tag', wheel({ tag: 'py3-none-win_amd64', purelib: true })],
  ['dist/sdist-name-not-normalized', 'a dashed sdist name', sdist({ file: 'demo-pkg-1.2.3.tar.gz', top: 'demo-pkg-1.2.3' })],
  ['dist/sdist-name-not-normalized', 'a zip sdist', sdist({ file: 'demo_pkg-1.2.3.zip' })],
  ['dist/sdist-top-folder', 'an sdist of two folders', withEntries(sdist(), [entry('other/file.txt')])],
  ['dist/sdist-top-folder', 'a misnamed top folder', sdist({ top: 'demo_pkg-1.0' })],
  [
    'dist/corrupt-archive',
    'a problem the reader found',
    change(W, { problems: [{ id: 'dist/corrupt-archive', message: 'cannot be read as a zip archive' }] })
  ]
]

describe('archive findings', () => {
  test.each(cases)('%s fires on %s', (id, _, artifact) => {
    const findings = checkDist(input([artifact])).findings
    expect(findings.map(f => f.id)).toContain(id)
    const f = findings.find(x => x.id === id)
    expect(f?.file).toBe(`dist/${artifact.file}`)
    expect(f?.message).toMatch(/"/)
  })

  test('a RECORD out of step with many members is reported ten times, then counted', () => {
    const many = withEntries(W, Array.from({ length: 25 }, (_, i) => entry(`demo_pkg/m${i}.py`)))
    const findings = checkDist(input([many])).findings
    expect(findings.filter(f => f.id === 'dist/record-unlisted-file')).toHaveLength(11)
    expect(findings.at(-1)?.message).toContain('15 more')
  })

  test('a linux_armv7l wheel, which the index accepts, is a notice', () => {
    const findings = checkDist(input([wheel({ tag: 'cp312-cp312-linux_armv7l' })])).findings
    expect(findings.map(f => [f.id, f.severity])).toEqual([['dist/linux-platform-tag', 'notice']])
  })

  test.each([
    ['certifi/cacert.pem'],
    ['tests/data/server.key'],
    ['demo_pkg/.env.example'],
    ['demo_pkg/.github/workflows/ci.yml'],
    ['demo_pkg/.gitignore']
  ])('%s is not taken for a secret', name => {
    const withFile = wheel({ files: { 'demo_pkg/__init__.py': '', [name]: 'x' } })
    expect(checkDist(input([withFile])).findings).toEqual([])
  })
})
