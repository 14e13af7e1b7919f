/**
 * Name resolution once the document is read, as docutils' transforms do
 * it: every reference names one target, anonymous references and targets
 * pair up, substitutions and footnotes are defined, and no name has two
 * explicit targets pointing at different places.
 */
import type { RstDocument, RstTarget } from './rst-document.js'
import type { RstProblem } from './rst-text.js'

/** The problems found resolving the names `doc` gathered. */
export function resolveReferences(doc: RstDocument): RstProblem[] {
  const problems: RstProblem[] = []
  const add = (level: RstProblem['level'], line: number, message: string): void => {
    problems.push({ level, line, message })
  }
  const ambiguous = duplicateTargets(doc.targets, add)
  const names = new Set(doc.targets.map(t => t.name))
  for (const ref of doc.references) {
    if (ambiguous.has(ref.name)) {
      add('ERROR', ref.line, `Duplicate target name, cannot be used as a unique reference: "${ref.name}".`)
    } else if (!names.has(ref.name)) {
      add('ERROR', ref.line, `Unknown target name: "${ref.name}".`)
    }
  }
  for (const t of doc.indirectTargets) {
    if (!names.has(t.target)) {
      const id = t.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')
      add('ERROR', t.line, `Indirect hyperlink target "${t.name}" (id="${id}") refers to target "${t.target}", which does not exist.`)
    }
  }
  for (const ref of doc.footnoteReferences) {
    if (!doc.footnoteLabels.has(ref.name)) {
      add('ERROR', ref.line, `Unknown target name: "${ref.name}".`)
    }
  }
  const anonymous = [doc.anonymousReferences.length, doc.anonymousTargets.length]
  if (anonymous[0] !== anonymous[1]) {
    add(
      'ERROR',
      doc.anonymousReferences[0] ?? doc.anonymousTargets[0] ?? 1,
      `Anonymous hyperlink mismatch: ${anonymous[0]} references but ${anonymous[1]} targets.`
    )
  }
  const defined = new Set(doc.substitutions)
  const folded = new Set(doc.substitutions.map(s => s.toLowerCase()))
  for (const ref of doc.substitutionReferences) {
    if (!defined.has(ref.name) && !folded.has(ref.name.toLowerCase())) {
      add('ERROR', ref.line, `Undefined substitution referenced: "${ref.name}".`)
    }
  }
  for (const [kind, notes] of [
    ['autonumbered', doc.autoFootnotes],
    ['symbol', doc.symbolFootnotes]
  ] as const) {
    if (notes.referenced.length > notes.defined) {
      add(
        'ERROR',
        notes.referenced[notes.defined] ?? 1,
        `Too many ${kind} footnote references: only ${notes.defined} corresponding footnotes available.`
      )
    }
  }
  return problems
}

// docutils' set_duplicate_name_id: two explicit targets of one name are a
// warning unless both point at the same URI; two implicit ones (titles)
// only make the name ambiguous.
function duplicateTargets(
  targets: readonly RstTarget[],
  add: (level: RstProblem['level'], line: number, message: string) => void
): Set<string> {
  const ambiguous = new Set<string>()
  const first = new Map<string, RstTarget>()
  for (const t of targets) {
    const old = first.get(t.name)
    if (!old) {
      first.set(t.name, t)
      continue
    }
    if (t.explicit && old.explicit) {
      if (t.uri === null || t.uri !== old.uri) {
        add('WARNING', t.line, `Duplicate explicit target name: "${t.name}".`)
        ambiguous.add(t.name)
      }
    } else if (t.explicit) first.set(t.name, t)
    else if (!old.explicit) ambiguous.add(t.name)
  }
  return ambiguous
}
