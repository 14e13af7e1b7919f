/**
 * Core metadata files (`METADATA`, `PKG-INFO`) read as the specification
 * says they are read: RFC 822 headers as Python's `email.parser` with the
 * `compat32` policy reads them, then, after the first blank line, the body,
 * which holds the long description (core metadata § Description, 2.1+).
 */

/** One header, in file order. */
export interface MetadataField {
  /** Field name as written, e.g. `Requires-Dist`. */
  readonly name: string
  /** Lowercased name, for lookups: header names are case-insensitive. */
  readonly key: string
  /** The value: continuation lines kept, joined by `\n`. */
  readonly value: string
  /** 1-based line of the header. */
  readonly line: number
}

/** A parsed core metadata file. */
export interface CoreMetadata {
  readonly fields: readonly MetadataField[]
  /** The text after the headers, or `null` when there is none. */
  readonly body: string | null
  /** 1-based line where the body starts. */
  readonly bodyLine: number
}

// email.feedparser's headerRE: printable ASCII but `:`, then a colon.
const HEADER = /^([\x21-\x39\x3b-\x7e]+):(.*)$/
const CONTINUATION = /^[ \t]/

/** Parses core metadata text; never fails, as the email parser never does. */
export function parseCoreMetadata(text: string): CoreMetadata {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)
  const fields: { name: string; value: string[]; line: number }[] = []
  let i = 0
  for (; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const last = fields[fields.length - 1]
    if (line === '') {
      i++
      break
    }
    if (CONTINUATION.test(line) && last) {
      last.value.push(line)
      continue
    }
    const m = HEADER.exec(line)
    // A line that is neither header nor continuation starts the body
    // (the parser records a MissingHeaderBodySeparatorDefect).
    if (!m) break
    fields.push({
      name: m[1] ?? '',
      value: [(m[2] ?? '').replace(/^[ \t]+/, '')],
      line: i + 1
    })
  }
  const rest = lines.slice(i)
  const body = rest.join('\n')
  return {
    fields: fields.map(f => ({
      name: f.name,
      key: f.name.toLowerCase(),
      value: f.value.join('\n'),
      line: f.line
    })),
    body: i < lines.length && body.trim() !== '' ? body : null,
    bodyLine: i + 1
  }
}

/** Every field named `key` (lowercase), in file order. */
export function fieldsNamed(
  metadata: CoreMetadata,
  key: string
): MetadataField[] {
  return metadata.fields.filter(f => f.key === key)
}

/** The first field named `key` (lowercase), if any. */
export function firstField(
  metadata: CoreMetadata,
  key: string
): MetadataField | undefined {
  return metadata.fields.find(f => f.key === key)
}

/**
 * The long description and the line it starts on: the body, or else a
 * `Description` header, unfolded: continuation lines lose either the
 * `       |` prefix core metadata 1.x specifies or, as setuptools reads
 * them, their common indentation.
 */
export function longDescription(
  metadata: CoreMetadata
): { readonly text: string; readonly line: number } | null {
  if (metadata.body !== null) {
    return { text: metadata.body, line: metadata.bodyLine }
  }
  const header = firstField(metadata, 'description')
  if (!header || header.value.trim() === '') return null
  const [first = '', ...rest] = header.value.split('\n')
  return { text: [first, ...unfold(rest)].join('\n'), line: header.line }
}

const PIPE = /^[ \t]*\|/

function unfold(lines: readonly string[]): string[] {
  if (lines.every(l => PIPE.test(l))) return lines.map(l => l.replace(PIPE, ''))
  const indents = lines
    .filter(l => l.trim() !== '')
    .map(l => l.length - l.trimStart().length)
  const common = Math.min(...indents)
  return lines.map(l => l.slice(Number.isFinite(common) ? common : 0))
}
