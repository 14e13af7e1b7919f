import { describe, expect, test } from '@jest/globals'
import {
  joinPath,
  parentDir
} from '../../../src/engine/pyproject/relative-path.js'

describe('joinPath', () => {
  test.each([
    ['.', 'src/pkg/__init__.py', 'src/pkg/__init__.py'],
    ['.', './VERSION', 'VERSION'],
    ['crates/py', '../../Cargo.toml', 'Cargo.toml'],
    ['.', '../Cargo.toml', '../Cargo.toml'],
    ['..', '../Cargo.toml', '../../Cargo.toml'],
    ['a', '..', '.'],
    ['.', 'pkg\\VERSION', 'pkg/VERSION']
  ])('joins %s and %s as %s', (dir, path, joined) => {
    expect(joinPath(dir, path)).toBe(joined)
  })

  test.each(['/etc/passwd', 'C:/version.txt', '\\\\server\\share'])(
    'refuses the absolute path %s',
    path => {
      expect(joinPath('.', path)).toBeUndefined()
    }
  )
})

describe('parentDir', () => {
  test.each([
    ['Cargo.toml', '.'],
    ['rust/Cargo.toml', 'rust'],
    ['.', '..'],
    ['../Cargo.toml', '..']
  ])('of %s is %s', (path, parent) => {
    expect(parentDir(path)).toBe(parent)
  })
})
