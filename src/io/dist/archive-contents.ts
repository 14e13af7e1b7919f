import type {
  ArchiveEntry,
  ArchiveProblem,
  ArtifactFacts
} from '../../engine/dist/artifact-facts.js'
import type { ArchiveLimits } from './archive-limits.js'

/** Wheel members the checks read as text. */
const WHEEL_TEXT =
  /^[^/]+\.dist-info\/(?:METADATA|WHEEL|RECORD|entry_points\.txt)$/

/** sdist members the checks read: PKG-INFO at the top and in `*.egg-info/`. */
const SDIST_TEXT =
  /^(?:\.\/)?(?:[^/]+\/)?PKG-INFO$|(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/

// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })

/** Members kept so far across one read of `dist/`. */
export interface MemberCount {
  kept: number
}

/** What reading one archive gathers: its members, the texts kept, and problems. */
export class ArchiveContents {
  readonly entries: ArchiveEntry[] = []
  private readonly texts = new Map<string, string>()
  private readonly problems: ArchiveProblem[] = []
  private readonly limits: ArchiveLimits
  private readonly textPattern: RegExp
  private readonly dist: MemberCount
  private full = false

  constructor(
    kind: ArtifactFacts['kind'],
    limits: ArchiveLimits,
    dist: MemberCount
  ) {
    this.limits = limits
    this.textPattern = kind === 'wheel' ? WHEEL_TEXT : SDIST_TEXT
    this.dist = dist
  }

  /**
   * Adds a member; false (with a problem, once) when the archive or the
   * whole dist already holds as many as the limits allow.
   */
  add(entry: ArchiveEntry): boolean {
    if (!this.room()) return false
    this.entries.push(entry)
    this.dist.kept++
    return true
  }

  /** Whether another member may be added. */
  room(): boolean {
    if (this.full) return false
    const { maxEntries, maxDistEntries } = this.limits
    if (this.entries.length >= maxEntries)
      this.tooMany(`holds more than ${maxEntries} members`)
    else if (this.dist.kept >= maxDistEntries)
      this.tooMany(`would take the dist folder past ${maxDistEntries} members`)
    return !this.full
  }

  /** Stops taking members: `reason` says why. */
  tooMany(reason: string): void {
    if (this.full) return
    this.full = true
    this.problem(
      'dist/too-many-entries',
      `${reason}; only the first ${this.entries.length} were read`
    )
  }

  /** Bytes of this member to keep as text: the bound, or 0 for none. */
  textBound(name: string): number {
    return this.textPattern.test(name) ? this.limits.maxTextBytes : 0
  }

  /**
   * Keeps a member's text. A name seen twice keeps the later one, as
   * Python's zipfile and tarfile (and so installers) do.
   */
  keepText(name: string, bytes: Buffer): void {
    try {
      this.texts.set(name, utf8.decode(bytes))
    } catch {
      this.texts.set(name, lenientUtf8.decode(bytes))
      this.problem('dist/text-encoding', 'is not valid UTF-8', name)
    }
  }

  /** Records a problem; past the cap, one last problem says how many were left out. */
  problem(id: string, message: string, entry?: string): void {
    const count = this.problems.length
    // Library messages may quote archive bytes: no control characters.
    const text = message.replace(CONTROL, '?')
    if (count < this.limits.maxProblems)
      this.problems.push(
        entry === undefined ? { id, message: text } : { id, message: text, entry }
      )
    else if (count === this.limits.maxProblems)
      this.problems.push({
        id: 'dist/too-many-problems',
        message: `more than ${count} problems; the rest are not listed`
      })
  }

  /** The gathered facts, in the shape the checks take. */
  facts(): Pick<ArtifactFacts, 'entries' | 'texts' | 'problems'> {
    return {
      entries: this.entries,
      texts: Object.fromEntries(this.texts),
      problems: this.problems
    }
  }
}
