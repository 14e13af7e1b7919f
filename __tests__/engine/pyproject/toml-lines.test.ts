import { describe, expect, test } from '@jest/globals'
import { indexTomlLines } from '../../../src/engine/pyproject/toml-lines.js'

const DOC = `# comment
[project]
name = "x"
description = """
[tool.fake]
version = "not a key"
"""
"version" = "1.0"

[tool.hatch.version]
path = "a.py"

[tool.setuptools]
dynamic.version = { attr = "x.__version__" }

[tool.pdm]
version = { source = "file" }

[[tool.many]]
name = "first"
`

describe('indexTomlLines', () => {
  const index = indexTomlLines(DOC)

  test.each([
    [['project', 'version'], 8, 'a quoted key, past a multi-line string'],
    [['tool', 'hatch', 'version', 'path'], 11, 'a key under a header'],
    [['tool', 'hatch', 'version'], 10, 'a table header'],
    [['tool', 'hatch'], 10, 'a table implied by a deeper header'],
    [
      ['tool', 'setuptools', 'dynamic', 'version', 'attr'],
      14,
      'a dotted key holding an inline table'
    ],
    [
      ['tool', 'pdm', 'version', 'source'],
      17,
      'a key inside an inline table (its parent)'
    ],
    [['tool', 'many', 'name'], 20, 'a key in an array of tables'],
    [
      ['tool', 'fake'],
      10,
      'nothing inside a string (falls back to the first [tool.*])'
    ]
  ])('finds %j on line %i: %s', (path, line) => {
    expect(index.lineOf(path)).toBe(line)
  })

  test('gives undefined for a key nowhere in the document', () => {
    expect(index.lineOf(['build-system'])).toBeUndefined()
  })
})
