import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  isInside,
  projectFileReader,
  readTextFile
} from '../../src/io/project-files.js'

describe('project files', () => {
  test('isInside tells a parent folder from a name that starts with dots', () => {
    expect(isInside('/repo', '/repo')).toBe(true)
    expect(isInside('/repo/..foo/x', '/repo')).toBe(true)
    expect(isInside('/repo/../etc', '/repo')).toBe(false)
    expect(isInside('/etc', '/repo')).toBe(false)
  })

  test('reads inside the checkout, refuses escapes by .. and by symlink', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'checkout-'))
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'))
    writeFileSync(path.join(outside, 'secret'), 'token')
    mkdirSync(path.join(root, 'pkg'))
    mkdirSync(path.join(root, '..dots'))
    writeFileSync(path.join(root, 'Cargo.toml'), '[workspace]')
    writeFileSync(path.join(root, '..dots', 'VERSION'), '1.0')
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'pkg', 'link'))
    const read = projectFileReader(path.join(root, 'pkg'), root)
    expect(read('../Cargo.toml')).toBe('[workspace]')
    expect(read('../..dots/VERSION')).toBe('1.0')
    expect(
      read(path.relative(path.join(root, 'pkg'), path.join(outside, 'secret')))
    ).toBeUndefined()
    expect(read('link')).toBeUndefined()
    expect(read(path.join(outside, 'secret'))).toBeUndefined()
  })

  test.each([
    ['ASCII', '## 1.0.0\n- Fixed a bug.\n'],
    ['UTF-8 beyond ASCII', '## 1.0.0 — Änderungen\n- Grüße, 日本語, 🎉\n'],
    ['Latin-1 lookalikes', 'caf\u00e9 \u00ff\n']
  ])('reads %s text as written', (_, text) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'text-'))
    const file = path.join(dir, 'CHANGELOG.md')
    writeFileSync(file, text, 'utf8')
    expect(readTextFile(file)).toBe(text)
  })

  test('refuses a file over the limit, a folder and a missing file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'text-'))
    writeFileSync(path.join(dir, 'big'), 'x'.repeat(101))
    expect(readTextFile(path.join(dir, 'big'), 100)).toBeUndefined()
    expect(readTextFile(path.join(dir, 'big'), 101)).toBe('x'.repeat(101))
    expect(readTextFile(dir)).toBeUndefined()
    expect(readTextFile(path.join(dir, 'missing'))).toBeUndefined()
  })
})
