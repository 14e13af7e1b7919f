/**
 * The `.dist-info/RECORD` file (binary distribution format § The
 * .dist-info directory; recording installed projects § The RECORD file):
 * CSV rows of path, `algorithm=urlsafe-base64-nopad-digest` and size, read
 * as Python's `csv` module reads them.
 */

/** One row of RECORD. */
export interface RecordRow {
  readonly path: string
  /** `sha256`, `sha512`, …; `null` when the hash column is empty. */
  readonly algorithm: string | null
  /** The digest as lowercase hex; `null` when absent or not base64. */
  readonly hex: string | null
  /** The hash column as written. */
  readonly hash: string
  /** `null` when the size column is empty. */
  readonly size: number | null
  /** The size column as written. */
  readonly sizeText: string
  /** 1-based row number. */
  readonly row: number
}

/** What RECORD says, and the rows it could not read. */
export interface RecordFile {
  readonly rows: readonly RecordRow[]
  readonly malformed: readonly { readonly row: number; readonly text: string }[]
}

/** Parses RECORD; malformed rows are reported, never thrown. */
export function parseRecord(text: string): RecordFile {
  const rows: RecordRow[] = []
  const malformed: { row: number; text: string }[] = []
  readCsv(text).forEach((cells, i) => {
    if (cells.length === 0 || (cells.length === 1 && cells[0] === '')) return
    const [path = '', hash = '', sizeText = ''] = cells
    const size = /^\d+$/.test(sizeText) ? Number(sizeText) : null
    if (cells.length !== 3 || path === '' || (sizeText !== '' && size === null)) {
      malformed.push({ row: i + 1, text: cells.join(',') })
      return
    }
    const eq = hash.indexOf('=')
    rows.push({
      path,
      algorithm: eq > 0 ? hash.slice(0, eq).toLowerCase() : null,
      hex: eq > 0 ? base64UrlToHex(hash.slice(eq + 1)) : null,
      hash,
      size,
      sizeText,
      row: i + 1
    })
  })
  return { rows, malformed }
}

const ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Decodes urlsafe base64 (padding optional) to hex; `null` when invalid. */
export function base64UrlToHex(text: string): string | null {
  const digits = text.replace(/={0,2}$/, '')
  if (digits.length % 4 === 1) return null
  let bits = 0
  let count = 0
  let hex = ''
  for (const c of digits) {
    const v = ALPHABET.indexOf(c)
    if (v < 0) return null
    bits = ((bits << 6) | v) & 0xffff
    count += 6
    if (count >= 8) {
      count -= 8
      hex += ((bits >> count) & 0xff).toString(16).padStart(2, '0')
    }
  }
  return hex
}

// Python's csv with the default dialect: `,` separates, `"` quotes, `""`
// is a quote inside quotes, and a quoted field may span lines.
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
