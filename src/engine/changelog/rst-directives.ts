const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode'])
// GitHub alert kinds for reStructuredText admonitions.
const ALERTS: Readonly<Record<string, string>> = {
  note: 'NOTE',
  seealso: 'NOTE',
  tip: 'TIP',
  hint: 'TIP',
  important: 'IMPORTANT',
  warning: 'WARNING',
  attention: 'WARNING',
  caution: 'CAUTION',
  danger: 'CAUTION',
  error: 'CAUTION'
}
const VERSION_NOTES: Readonly<Record<string, string>> = {
  versionadded: 'New in version',
  versionchanged: 'Changed in version',
  deprecated: 'Deprecated since version',
  'deprecated-removed': 'Deprecated since version'
}
// Directives whose content means nothing outside a Sphinx build.
const DROPPED = new Set([
  'contents',
  'currentmodule',
  'default-role',
  'highlight',
  'include',
  'index',
  'literalinclude',
  'meta',
  'module',
  'only',
  'raw',
  'role',
  'toctree',
  'towncrier-draft-entries'
])

/** How a directive shows in Markdown. */
export type DirectiveKind = 'code' | 'dropped' | 'content'

/** Whether a directive is a code block, dropped, or shows its content. */
export function directiveKind(name: string): DirectiveKind {
  if (CODE_DIRECTIVES.has(name)) return 'code'
  return DROPPED.has(name) ? 'dropped' : 'content'
}

/**
 * A content directive in Markdown: an admonition becomes a GitHub alert
 * (`> [!NOTE]`), `versionadded`/`deprecated` an italic lead-in, an image an
 * image; any other directive shows its (converted) content as it is.
 */
export function renderDirective(
  name: string,
  argument: string,
  content: readonly string[]
): string[] {
  if (name === 'image' || name === 'figure') return [`![](${argument})`]
  const alert = ALERTS[name]
  if (alert) {
    // The text after `.. note::` is the first paragraph of the note.
    const lead = argument && content.length > 0 ? [argument, ''] : [argument]
    const body = argument ? [...lead, ...content] : [...content]
    return [`> [!${alert}]`, ...body.map(l => (l ? `> ${l}` : '>'))]
  }
  const lead = VERSION_NOTES[name]
  if (lead) {
    const space = argument.indexOf(' ')
    const version = space < 0 ? argument : argument.slice(0, space)
    const rest = space < 0 ? '' : argument.slice(space + 1).trim()
    return [`*${lead} ${version}:* ${rest}`.trimEnd(), ...content]
  }
  return [...content]
}

/** Lines as fenced code, with a fence the code itself does not contain. */
export function fencedCode(
  code: readonly string[],
  language: string
): string[] {
  const fence = code.some(l => l.includes('```')) ? '~~~~' : '```'
  return [fence + language, ...code, fence]
}
