#!/usr/bin/env python3
"""Writes __tests__/fixtures/dist-oracle/rst-oracle.json: whether docutils,
run as the index runs it for a long description (readme_renderer's settings:
`halt_level` 2, raw and file insertion off), renders each case, and else the
first message it stops on.

The cases are the .rst files in __tests__/fixtures/dist-oracle/rst/ and the
snippets below. Regenerate (deterministic for one docutils version):

    python3 scripts/make-dist-rst-oracle.py
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import docutils
from docutils.core import publish_parts
from docutils.utils import SystemMessage

ROOT = Path(__file__).resolve().parent.parent / "__tests__/fixtures/dist-oracle"

# readme_renderer.rst.SETTINGS
SETTINGS = {
    "cloak_email_addresses": True,
    "doctitle_xform": True,
    "sectsubtitle_xform": True,
    "initial_header_level": 2,
    "file_insertion_enabled": False,
    "halt_level": 2,
    "math_output": "MathJax /dummy.js",
    "raw_enabled": False,
    "report_level": 5,
    "smart_quotes": True,
    "syntax_highlight": "short",
    "field_name_limit": 0,
}

SNIPPETS = {
    "underline-too-short": "Title\n====\n\ntext\n",
    "underline-short-but-tiny": "Title\n===\n\ntext\n",
    "underline-ok": "Title\n=====\n\ntext\n",
    "overline-too-short": "=====\nTitle text\n=====\n\nx\n",
    "overline-mismatch": "======\nTitle\n------\n\nx\n",
    "overline-missing-underline": "======\nTitle\nmore\n\nx\n",
    "title-level-inconsistent": "A\n=\n\nB\n-\n\nC\n~\n\nD\n=\n\nE\n^\n\nx\n",
    "title-levels-ok": "A\n=\n\nB\n-\n\nC\n~\n\nD\n=\n\nE\n-\n\nx\n",
    "title-in-list": "- item\n\n  Title\n  =====\n\n  text\n",
    "emphasis-open": "Call it with *args and **kwargs.\n",
    "strong-open": "This is **bold without end.\n",
    "literal-open": "Use ``code without end.\n",
    "interpreted-open": "A `lone backquote here.\n",
    "substitution-open": "A |pipe char here.\n",
    "emphasis-ok": "Some *emphasis* and **strong** and ``literal``.\n",
    "emphasis-glued": "Not *emphasis*here.\n",
    "escaped-star": "Escaped \\*args are fine.\n",
    "quoted-star": "A '*' and \"*\" and (*) and [*].\n",
    "multiplication": "2*3 and 4**2 are arithmetic.\n",
    "sphinx-role": "See :func:`main` for details.\n",
    "sphinx-role-suffix": "See `main`:func: for details.\n",
    "known-roles": "A :sub:`2` and :sup:`3` and :code:`x` and :math:`a^2`.\n",
    "bad-pep": "See :pep:`eight`.\n",
    "raw-role": "Some :raw:`<b>x</b>`.\n",
    "unknown-target": "See `the docs`_ for more.\n",
    "unknown-target-word": "See docs_ for more.\n",
    "known-target": "See `the docs`_.\n\n.. _the docs: https://example.com\n",
    "url-underscore": "Go to https://example.com/path_ now.\n",
    "section-target": "Usage\n=====\n\nSee Usage_.\n",
    "duplicate-embedded": "A `here <https://a.example>`_ and `here <https://b.example>`_.\n",
    "duplicate-embedded-same": "A `here <https://a.example>`_ and `here <https://a.example>`_.\n",
    "duplicate-anonymous-ok": "A `here <https://a.example>`__ and `here <https://b.example>`__.\n",
    "anonymous-mismatch": "See this__ and that__.\n\n__ https://a.example\n",
    "anonymous-ok": "See this__.\n\n.. __: https://a.example\n",
    "undefined-substitution": "Version |version| is out.\n",
    "substitution-ok": "Version |version| is out.\n\n.. |version| replace:: 1.0\n",
    "duplicate-substitution": ".. |a| replace:: x\n.. |a| replace:: y\n\n|a|\n",
    "footnote-missing": "A claim [1]_.\n",
    "citation-missing": "A claim [CIT2002]_.\n",
    "auto-footnote-missing": "A claim [#]_.\n",
    "unknown-directive": ".. toctree::\n   :maxdepth: 2\n\n   intro\n",
    "versionadded": ".. versionadded:: 1.2\n\n   Something.\n",
    "raw-directive": ".. raw:: html\n\n   <b>x</b>\n",
    "include-directive": ".. include:: CHANGES.rst\n",
    "code-block-ok": ".. code-block:: python\n\n   print('hi')\n",
    "code-block-linenos": ".. code-block:: python\n   :linenos:\n\n   print('hi')\n",
    "note-empty": ".. note::\n\ntext\n",
    "image-no-arg": ".. image::\n\ntext\n",
    "image-bad-option": ".. image:: x.png\n   :targte: https://example.com\n",
    "image-ok": ".. image:: x.png\n   :alt: x\n   :width: 100px\n",
    "replace-outside": ".. replace:: text\n",
    "explicit-unindent": ".. image:: https://x/badge.svg\n   :target: https://x\nNext paragraph.\n",
    "explicit-sequence-ok": ".. _a: https://a\n.. _b: https://b\n\nSee a_ and b_.\n",
    "bullet-unindent": "- one\n- two\ntext\n",
    "bullet-mixed": "- one\n* two\n",
    "bullet-ok": "- one\n- two\n\ntext\n",
    "bullet-continuation": "- one\n  continued\n- two\n",
    "enum-unindent": "1. one\n2. two\ntext\n",
    "enum-not-a-list": "1. Not a list because\nthis line follows.\n",
    "enum-ok": "1. one\n2. two\n\n(a) x\n(b) y\n\ni. roman\nii. two\n",
    "enum-skip": "1. one\n3. three\n",
    "field-list-ok": ":Author: Someone\n:Version: 1.0\n\ntext\n",
    "field-unindent": ":Author: Someone\ntext\n",
    "definition-unindent": "term\n    definition\ntext\n",
    "definition-ok": "term\n    definition\n\nterm 2\n    definition 2\n",
    "blockquote-unindent": "para\n\n    quoted\nnext\n",
    "unexpected-indent": "line one\nline two\n    indented\n",
    "literal-expected": "Example::\n\nNot indented.\n",
    "literal-at-end": "Example::\n",
    "literal-ok": "Example::\n\n    code here\n\nAfter.\n",
    "literal-unindent": "Example::\n\n    code\nAfter.\n",
    "quoted-literal": "Example::\n\n> quoted\n> lines\n\nAfter.\n",
    "transition-start": "----------\n\ntext\n",
    "transition-end": "text\n\n----------\n",
    "transition-adjacent": "text\n\n----------\n\n==========\n\nmore\n",
    "transition-ok": "text\n\n----------\n\nmore\n",
    "grid-table-ok": "+---+---+\n| a | b |\n+---+---+\n| c | d |\n+---+---+\n",
    "grid-table-broken": "+---+---+\n| a | b |\n+---+--+\n| c | d |\n+---+---+\n",
    "grid-table-ragged": "+---+---+\n| a | b  |\n+---+---+\n",
    "grid-table-no-blank": "+---+\n| a |\n+---+\ntext\n",
    "simple-table-ok": "===  ===\na    b\nc    d\n===  ===\n",
    "simple-table-margin": "===  ===\na    b\ncccccc d\n===  ===\n",
    "simple-table-no-bottom": "===  ===\na    b\n\ntext\n",
    "line-block-ok": "| line one\n| line two\n\ntext\n",
    "line-block-unindent": "| line one\ntext\n",
    "option-list-ok": "-a         all\n--bbb      bee\n           more bee\n",
    "doctest-ok": ">>> 1 + 1\n2\n",
    "malformed-target": ".. _foo bar\n\ntext\n",
    "indirect-target": ".. _a: b_\n.. _b: https://b\n\nSee a_.\n",
    "indirect-missing": ".. _a: c_\n\nSee a_.\n",
    "comment-only": ".. just a comment\n",
    "markdown-as-rst": "# Project\n\nSome **bold** and a [link](https://example.com).\n\n```python\nprint(1)\n```\n",
    "markdown-headings": "# Title\n\n## Install\n\n    pip install x\n",
    "east-asian-title": "日本語\n======\n\ntext\n",
    "east-asian-title-short": "日本語の\n======\n\ntext\n",
    "inline-target": "An _`inline target` and a reference to `inline target`_.\n",
    "multiple-roles": "A :sub:`x`:sup: here.\n",
    "role-and-ref": "A :sub:`x`_ here.\n",
    "embedded-alias": "See `docs <docs_>`_.\n\n.. _docs: https://example.com\n",
    "csv-table-file": ".. csv-table:: Data\n   :file: data.csv\n",
    "admonition-ok": ".. admonition:: Custom\n\n   Body.\n",
    "topic-ok": ".. topic:: Title\n\n   Body.\n",
    "role-directive": ".. role:: custom\n\nA :custom:`thing`.\n",
    "field-colon-role": ":func:`x` at line start.\n",
    "email-and-url": "Mail me@example.com or visit <https://example.com>.\n",
    "trailing-underscore-name": "The variable foo_ holds it.\n",
    "star-bullet-emphasis": "* *item* one\n* item **two**\n",
    "math-ok": ".. math::\n\n   a^2 + b^2 = c^2\n",
    "figure-ok": ".. figure:: x.png\n   :width: 50%\n\n   A caption.\n",
    "sidebar-ok": ".. sidebar:: Side\n\n   Text.\n",
    "container-ok": ".. container:: box\n\n   Text.\n",
    "parsed-literal-bad": ".. parsed-literal::\n\n   some *text\n",
}


def render(text: str) -> dict:
    stream = io.StringIO()
    settings = dict(SETTINGS, warning_stream=stream)
    try:
        parts = publish_parts(
            text, writer_name="html4css1", settings_overrides=settings
        )
    except SystemMessage as error:
        m = re.match(r"<string>:(\d+)?:? ?\((\w+)/\d\) (.*)", str(error), re.S)
        if not m:
            return {"ok": False, "level": "", "line": None, "message": str(error)}
        line = int(m.group(1)) if m.group(1) else None
        return {"ok": False, "level": m.group(2), "line": line, "message": m.group(3)}
    rendered = parts.get("docinfo", "") + parts.get("fragment", "")
    if not rendered:
        return {"ok": False, "level": "", "line": None, "message": "empty"}
    return {"ok": True}


def main() -> None:
    cases = [
        {"name": path.stem, "text": path.read_text(encoding="utf-8")}
        for path in sorted((ROOT / "rst").glob("*.rst"))
    ] + [{"name": name, "text": text} for name, text in SNIPPETS.items()]
    for case in cases:
        case.update(render(case["text"]))
    out = {"docutils_version": docutils.__version__, "cases": cases}
    (ROOT / "rst-oracle.json").write_text(
        json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(cases)} cases, {sum(c['ok'] for c in cases)} render")


if __name__ == "__main__":
    main()
