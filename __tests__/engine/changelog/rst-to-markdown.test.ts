import { describe, expect, test } from '@jest/globals'
import { rstTargets } from '../../../src/engine/changelog/reference-links.js'
import { rstToMarkdown } from '../../../src/engine/changelog/rst-to-markdown.js'
import { TextLines } from '../../../src/engine/changelog/text-lines.js'

// A document with no hyperlink targets.
const NO_TARGETS = rstTargets(TextLines.of([]))

function convert(rst: string): string {
  return rstToMarkdown(rst.split('\n'), NO_TARGETS).join('\n')
}

describe('rstToMarkdown', () => {
  test('turns sub-section titles into ### headings, deeper ones into ####', () => {
    expect(convert('Features\n--------\n\n- x\n\nDetails\n^^^^^^^\n\ny')).toBe(
      '### Features\n\n- x\n\n#### Details\n\ny'
    )
  })

  test('turns bullet and enumerated lists into Markdown lists', () => {
    expect(convert('* a\n+ b\n\n#. one\n#. two\n\n(3) three\n4) four')).toBe(
      '- a\n- b\n\n1. one\n1. two\n\n3. three\n4. four'
    )
  })

  test('keeps nested lists and their continuation lines', () => {
    expect(convert('- item\n  continued\n\n  - nested\n- next')).toBe(
      '- item\n  continued\n\n  - nested\n- next'
    )
  })

  test('escapes text that Markdown would read as a list item', () => {
    expect(convert('- repeated zero times\n  - no longer an error')).toBe(
      '- repeated zero times\n  \\- no longer an error'
    )
  })

  test('fences :: literal blocks', () => {
    expect(
      convert('Example::\n\n    code here\n      indented\n\nAfter.')
    ).toBe('Example:\n\n```\ncode here\n  indented\n```\n\nAfter.')
    expect(convert('Example ::\n\n    x\n\n::\n\n    y')).toBe(
      'Example\n\n```\nx\n```\n\n```\ny\n```'
    )
  })

  test('fences code-block directives with their language, options dropped', () => {
    expect(
      convert('.. code-block:: python\n   :linenos:\n\n   print("hi")\n\nDone.')
    ).toBe('```python\nprint("hi")\n```\n\nDone.')
  })

  test('keeps code inside a list item indented to the item', () => {
    expect(convert('- Run::\n\n      make\n\n- Next')).toBe(
      '- Run:\n\n  ```\n  make\n  ```\n\n- Next'
    )
  })

  test('turns admonitions into GitHub alerts', () => {
    expect(convert('.. warning:: Careful.\n\n   Really.')).toBe(
      '> [!WARNING]\n> Careful.\n>\n> Really.'
    )
  })

  test('writes version notes as an italic lead-in', () => {
    expect(convert('.. deprecated:: 2.0 Use ``new()``.')).toBe(
      '*Deprecated since version 2.0:* Use `new()`.'
    )
  })

  test('drops comments, labels, targets and Sphinx-only directives', () => {
    const rst = [
      '.. a comment',
      '   spanning lines',
      '.. _label:',
      '.. _name: https://x.test',
      '.. |sub| replace:: text',
      '.. toctree::',
      '   :maxdepth: 1',
      '',
      '   page',
      '',
      'Kept.'
    ].join('\n')
    expect(convert(rst)).toBe('Kept.')
  })

  test('shows field lines one per line with bold names', () => {
    expect(convert(':release-date: 2025-10-12\n:release-by: Someone')).toBe(
      '**Release date:** 2025-10-12\\\n**Release by:** Someone'
    )
  })

  test('turns transitions into breaks standing apart', () => {
    expect(convert('a\n\n----\n\nb')).toBe('a\n\n---\n\nb')
  })

  test('dedents block quotes that Markdown would read as code', () => {
    expect(convert('Intro.\n\n    Quoted paragraph.')).toBe(
      'Intro.\n\nQuoted paragraph.'
    )
  })
})
