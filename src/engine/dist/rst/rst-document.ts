/**
 * What one pass over a reStructuredText document gathers: the problems
 * found on the way, and the names defined and referenced, which are
 * resolved once the whole document is read (as docutils' transforms do).
 */
import type { RstProblem } from './rst-text.js'

/** A hyperlink target: explicit (`.. _name:`, embedded URI) or a title. */
export interface RstTarget {
  readonly name: string
  readonly explicit: boolean
  /** The URI, for external targets. */
  readonly uri: string | null
  readonly line: number
}

/** A use of a name that must be defined somewhere in the document. */
export interface RstNameUse {
  readonly name: string
  readonly line: number
}

/** Everything gathered while reading one document. */
export interface RstDocument {
  readonly problems: RstProblem[]
  readonly targets: RstTarget[]
  readonly references: RstNameUse[]
  /** Targets that point at another target by name (`.. _a: b_`). */
  readonly indirectTargets: (RstNameUse & { readonly target: string })[]
  /** Lines of anonymous references (`name__`). */
  readonly anonymousReferences: number[]
  /** Lines of anonymous targets (`.. __: uri`, `__ uri`). */
  readonly anonymousTargets: number[]
  /** Substitution names defined, as written (whitespace-normalized). */
  readonly substitutions: string[]
  readonly substitutionReferences: RstNameUse[]
  /** Labels of numbered, auto-labelled footnotes and of citations. */
  readonly footnoteLabels: Set<string>
  readonly footnoteReferences: RstNameUse[]
  /** `[#]` / `[*]` footnotes and references: counts must agree. */
  readonly autoFootnotes: { defined: number; referenced: number[] }
  readonly symbolFootnotes: { defined: number; referenced: number[] }
  /** Roles defined with the `role` directive, lowercased. */
  readonly roles: Set<string>
  /** Section title styles in order of first use (docutils' memo). */
  readonly titleStyles: string[]
  /** Current section depth; 0 is the document itself. */
  sectionLevel: number
  /** How deep in nested blocks the parse is. */
  depth: number
}

/** A fresh, empty document. */
export function newDocument(): RstDocument {
  return {
    problems: [],
    targets: [],
    references: [],
    indirectTargets: [],
    anonymousReferences: [],
    anonymousTargets: [],
    substitutions: [],
    substitutionReferences: [],
    footnoteLabels: new Set(),
    footnoteReferences: [],
    autoFootnotes: { defined: 0, referenced: [] },
    symbolFootnotes: { defined: 0, referenced: [] },
    roles: new Set(),
    titleStyles: [],
    sectionLevel: 0,
    depth: 0
  }
}

/** Records a problem at `level`. */
export function report(
  doc: RstDocument,
  level: RstProblem['level'],
  line: number,
  message: string
): void {
  doc.problems.push({ level, line, message })
}
