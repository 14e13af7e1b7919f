import { describe, expect, test } from '@jest/globals'
import { rstTargets } from '../../../src/engine/changelog/reference-links.js'
import { rstInlineToMarkdown } from '../../../src/engine/changelog/rst-inline.js'
import { TextLines } from '../../../src/engine/changelog/text-lines.js'

const TARGETS = rstTargets(
  TextLines.of([
    '.. _Issue 12: https://x.test/issues/12',
    '.. _pypi: https://pypi.org/'
  ])
)

describe('rstInlineToMarkdown', () => {
  test.each([
    ['``x = 1``', '`x = 1`'],
    ['``a `b` c``', '``a `b` c``'],
    ['`code`', '`code`'],
    [
      '`PEP 621 <https://peps.python.org/pep-0621/>`_',
      '[PEP 621](https://peps.python.org/pep-0621/)'
    ],
    ['`anonymous <https://x.test>`__', '[anonymous](https://x.test)'],
    ['`<https://x.test>`_', '<https://x.test>'],
    ['see `issue 12`_', 'see [issue 12](https://x.test/issues/12)'],
    ['on PyPI_.', 'on [PyPI](https://pypi.org/).'],
    ['`unknown`_ and snake_case_', 'unknown and snake_case_'],
    [':issue:`123`', '#123'],
    [':pr:`45`', '#45'],
    [':gh:`7`', '#7'],
    [':user:`octocat`', '@octocat'],
    [':ghsa:`68rp-wp8r-4726`', 'GHSA-68rp-wp8r-4726'],
    [':cve:`2024-1234`', 'CVE-2024-1234'],
    [':pep:`440`', 'PEP 440'],
    [':bpo:`9`', 'bpo-9'],
    [':doc:`the guide </guide>`', 'the guide'],
    [':ref:`upgrading`', 'upgrading'],
    [':class:`~pkg.mod.Runner`', '`Runner`'],
    [':class:`pkg.mod.Runner`', '`pkg.mod.Runner`'],
    [':func:`pkg.run`', '`pkg.run()`'],
    [':meth:`Runner.start() <pkg.Runner.start>`', '`Runner.start()`'],
    [':py:attr:`!value`', '`value`'],
    [':exc:`ValueError`, :mod:`os`, :data:`X`', '`ValueError`, `os`, `X`'],
    [':unknownrole:`text`', 'text'],
    ['a time 5:30 and :colons:', 'a time 5:30 and :colons:'],
    ['unclosed ``literal', 'unclosed ``literal'],
    ['``run_sync``` workers', '`` run_sync` `` workers'],
    ['``a``b`` c', '`a``b` c']
  ])('%s → %s', (rst, markdown) => {
    expect(rstInlineToMarkdown(rst, TARGETS)).toBe(markdown)
  })

  test('converts roles and links wrapped across lines', () => {
    const rst =
      'shipped on `PyPI\n  <https://pypi.org/>`__ and :ref:`optional\n  extras <extras>`'
    expect(rstInlineToMarkdown(rst, TARGETS)).toBe(
      'shipped on [PyPI](https://pypi.org/) and optional\n  extras'
    )
  })
})
