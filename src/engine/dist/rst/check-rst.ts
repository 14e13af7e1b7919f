/**
 * Whether a reStructuredText long description renders on the index: the
 * index renders it with readme_renderer, which runs docutils with
 * `halt_level` 2, so any WARNING, ERROR or SEVERE message fails the render
 * (and the upload). This reads the markup as docutils does and reports the
 * messages it would, with their lines; it stops short of running docutils
 * (Pygments lexer names are not checked, for one).
 */
import { parseBody } from './rst-body.js'
import { newDocument } from './rst-document.js'
import { resolveReferences } from './rst-references.js'
import { type RstProblem, toLines } from './rst-text.js'

export type { RstProblem } from './rst-text.js'

/** The problems that would stop the description from rendering. */
export function checkRst(text: string): RstProblem[] {
  const doc = newDocument()
  const lines = toLines(text)
  parseBody(doc, lines, true)
  const parsing = [...doc.problems].sort((a, b) => a.line - b.line)
  const resolving = parsing.length > 0 ? [] : resolveReferences(doc)
  return [...parsing, ...resolving]
}
