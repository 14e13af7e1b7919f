import type { Heading } from './changelog-entry.js'
import { directiveKind, fencedCode, renderDirective } from './rst-directives.js'
import { type RstTargets, rstInlineToMarkdown } from './rst-inline.js'
import { adornmentOf, scanRstHeadings } from './rst-headings.js'
import {
  blockEnd,
  dedent,
  minIndent,
  skipOptions,
  trimBlank
} from './indented-blocks.js'
import {
  BULLET,
  ENUMERATOR,
  escapeLead,
  isField,
  isItem,
  literalIntro,
  markdownLead
} from './rst-line-markup.js'
import { indentOf, isBlank } from './text-lines.js'

const DIRECTIVE =
  /^\.\.[ \t]+([A-Za-z0-9][A-Za-z0-9_:+.-]{0,60})::(?:[ \t]+(.*))?$/
const EXPLICIT = /^[ \t]*\.\.(?:[ \t]|$)/
// Nesting is bounded so hostile input cannot exhaust the stack.
const MAX_DEPTH = 8

/**
 * Converts a reStructuredText body to GitHub Markdown: sub-section titles
 * become `###` headings (one more `#` per deeper level), bullet and
 * enumerated lists Markdown lists, `::` and `.. code-block::` literal
 * blocks fenced code, admonitions GitHub alerts and field lines bold
 * labels; comments, labels, targets and Sphinx-only directives are
 * dropped, and inline markup goes through {@link rstInlineToMarkdown}
 * a paragraph at a time, so roles and links may wrap across lines.
 */
export function rstToMarkdown(
  body: readonly string[],
  targets: RstTargets
): string[] {
  return new Converter(body, targets, 0).run()
}

class Converter {
  private readonly out: string[] = []
  private readonly titles = new Map<number, Heading>()
  private readonly items: { indent: number; column: number }[] = []

  constructor(
    private readonly lines: readonly string[],
    private readonly targets: RstTargets,
    private readonly depth: number
  ) {
    for (const title of scanRstHeadings(lines)) {
      this.titles.set(title.start, title)
    }
  }

  run(): string[] {
    let i = 0
    while (i < this.lines.length) i = this.block(i)
    return trimBlank(this.out)
  }

  // Converts the block starting at line `i`; returns the next line to read.
  private block(i: number): number {
    const line = this.lines[i] as string
    const title = this.titles.get(i)
    if (title) {
      const hashes = '#'.repeat(Math.min(title.level + 2, 6))
      this.emitBlock([`${hashes} ${this.inline(title.text)}`])
      return title.end + 1
    }
    if (isBlank(line)) {
      this.emitBlank()
      return i + 1
    }
    if (EXPLICIT.test(line)) return this.explicit(i)
    if (this.isTransition(i)) {
      this.emitBlock(['---'])
      return i + 1
    }
    return this.paragraph(i)
  }

  private paragraph(from: number): number {
    let end = from
    while (end < this.lines.length && this.continuesParagraph(end, from)) end++
    const column = this.openItems(from)
    const first = this.lines[from] as string
    const shift = indentOf(first) - column >= 4 ? indentOf(first) - column : 0
    const block: string[] = []
    for (let i = from; i < end; i++) {
      const line = dedent(this.lines[i] as string, shift)
      const lead = i === from || this.startsItem(i, from)
      block.push(lead ? markdownLead(line) : escapeLead(line))
      // Field lines stay one per line, as the field list shows them.
      if (i > from && isField(this.lines[i - 1]) && isField(line)) {
        block[block.length - 2] += '\\'
      }
    }
    const literal = (this.lines[end - 1] as string).trimEnd().endsWith('::')
    if (literal) block[block.length - 1] = literalIntro(block.at(-1) as string)
    const text = this.inline(block.join('\n')).split('\n')
    // A lone `::` shows nothing at all.
    if (literal && text.at(-1) === '') text.pop()
    for (const line of text) this.out.push(line)
    if (!literal) return end
    const inner = this.items.at(-1)?.column ?? 0
    return this.literalBlock(end, indentOf(first), '', inner)
  }

  // Inside a paragraph a list marker starts an item only left of the
  // current item's text (reST); further right it is text, as is a marker
  // under plain text.
  private startsItem(i: number, from: number): boolean {
    const line = this.lines[i] as string
    if (isField(line)) return true
    if (!BULLET.test(line) && !ENUMERATOR.test(line)) return false
    const open = this.items.at(-1)
    const text = open && isItem(this.lines[from] as string) ? open.column : 0
    if (indentOf(line) >= text) return false
    this.openItems(i)
    return true
  }

  // Tracks list items around line `i`: items whose content column is right
  // of the line are closed, and a list item line opens one. Returns the
  // content column of the innermost item still open before this line.
  private openItems(i: number): number {
    const line = this.lines[i] as string
    const indent = indentOf(line)
    while ((this.items.at(-1)?.column ?? 0) > indent) this.items.pop()
    const column = this.items.at(-1)?.column ?? 0
    const marker = BULLET.exec(line) ?? ENUMERATOR.exec(line)
    if (marker) {
      while ((this.items.at(-1)?.indent ?? -1) >= indent) this.items.pop()
      this.items.push({ indent, column: marker[0].length })
    }
    return column
  }

  private continuesParagraph(i: number, from: number): boolean {
    const line = this.lines[i] as string
    if (i === from) return true
    if (isBlank(line) || EXPLICIT.test(line) || this.titles.has(i)) {
      return false
    }
    return !(this.lines[i - 1] as string).trimEnd().endsWith('::')
  }

  private explicit(i: number): number {
    const line = this.lines[i] as string
    const base = indentOf(line)
    const end = blockEnd(this.lines, i + 1, base)
    const directive = DIRECTIVE.exec(line.trim())
    // Comments, labels, targets and substitution definitions show nothing.
    if (!directive) return end
    const name = (directive[1] as string).toLowerCase()
    const argument = (directive[2] ?? '').trim()
    const kind = directiveKind(name)
    const column = this.openItems(i)
    if (kind === 'code') {
      return this.literalBlock(i + 1, base, argument, column)
    }
    if (kind === 'content') {
      const content = this.content(i + 1, end)
      const shown = renderDirective(name, this.inline(argument), content)
      this.emitBlock(shown, column)
    }
    return end
  }

  // The directive's content, options dropped, dedented and converted.
  private content(from: number, end: number): string[] {
    const block = this.lines.slice(skipOptions(this.lines, from, end), end)
    const width = minIndent(block)
    const dedented = block.map(l => l.slice(width))
    if (this.depth >= MAX_DEPTH) return trimBlank(dedented)
    return new Converter(dedented, this.targets, this.depth + 1).run()
  }

  private literalBlock(
    from: number,
    base: number,
    language: string,
    column: number
  ): number {
    const start = skipOptions(this.lines, from, this.lines.length)
    const end = blockEnd(this.lines, start, base)
    const code = trimBlank(this.lines.slice(start, end))
    if (code.length > 0) {
      const width = minIndent(code)
      const dedented = code.map(l => l.slice(width).trimEnd())
      this.emitBlock(fencedCode(dedented, language), column)
    }
    return end
  }

  // Four or more punctuation characters between blank lines.
  private isTransition(i: number): boolean {
    const line = this.lines[i] as string
    if (adornmentOf(line) === null || line.trim().length < 4) return false
    const before = this.lines[i - 1]
    const after = this.lines[i + 1]
    return (
      (before === undefined || isBlank(before)) &&
      (after === undefined || isBlank(after))
    )
  }

  private inline(text: string): string {
    return rstInlineToMarkdown(text, this.targets)
  }

  private emitBlank(): void {
    if (this.out.length > 0 && this.out.at(-1) !== '') this.out.push('')
  }

  // Blocks stand apart so Markdown does not read them as a paragraph's tail.
  // Inside a list item the block is indented to the item's content.
  private emitBlock(block: readonly string[], indent = 0): void {
    this.emitBlank()
    const pad = ' '.repeat(indent)
    for (const line of block) this.out.push(line === '' ? '' : pad + line)
    this.out.push('')
  }
}
