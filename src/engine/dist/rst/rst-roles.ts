/**
 * Interpreted text roles that docutils implements (English names and
 * aliases). Sphinx roles such as `:func:` or `:ref:` are unknown to it, and
 * `:raw:` is disabled on the index, so both fail the render.
 */
const ROLES = new Set([
  'abbreviation',
  'ab',
  'acronym',
  'ac',
  'code',
  'emphasis',
  'literal',
  'math',
  'pep-reference',
  'pep',
  'rfc-reference',
  'rfc',
  'strong',
  'subscript',
  'sub',
  'superscript',
  'sup',
  'title-reference',
  'title',
  't'
])

/** Whether docutils renders the role (lowercase name). */
export function knownRole(name: string): boolean {
  return ROLES.has(name)
}
