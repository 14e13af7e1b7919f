/**
 * Builds the facts the dist reader would hand over for small, sound
 * wheels and sdists, which each test then breaks in one way.
 */
import { createHash } from 'node:crypto'
import type {
  ArchiveEntry,
  ArtifactFacts,
  DistFacts,
  OtherDistEntry
} from '../../../src/engine/dist/artifact-facts.js'
import type { DistCheckInput } from '../../../src/engine/dist/check-dist.js'

const sha256 = (text: string): string =>
  createHash('sha256').update(text).digest('hex')

const recordHash = (text: string): string =>
  `sha256=${createHash('sha256').update(text).digest('base64url')}`

/** Core metadata text with the given headers and optional body. */
export function metadataText(
  headers: readonly (readonly [string, string])[],
  body?: string
): string {
  const head = headers.map(([k, v]) => `${k}: ${v}\n`).join('')
  return body === undefined ? head : `${head}\n${body}`
}

/** Headers of sound metadata for `name` `version`. */
export function soundHeaders(
  name = 'demo_pkg',
  version = '1.2.3'
): [string, string][] {
  return [
    ['Metadata-Version', '2.4'],
    ['Name', name],
    ['Version', version],
    ['Summary', 'A demo package'],
    ['License-Expression', 'MIT'],
    ['License-File', 'LICENSE'],
    ['Requires-Python', '>=3.9'],
    ['Requires-Dist', 'requests>=2'],
    ['Description-Content-Type', 'text/markdown']
  ]
}

const README = '# Demo\n\nA package that does *little*.\n'

/** What to build; every field has a sound default. */
export interface WheelSpec {
  readonly name?: string
  readonly version?: string
  /** The tag part of the file name, e.g. `py3-none-any`. */
  readonly tag?: string
  readonly build?: string
  /** Package files by path. */
  readonly files?: Readonly<Record<string, string>>
  readonly metadata?: string
  /** WHEEL text; by default one that matches `tag`. */
  readonly wheelText?: string
  readonly purelib?: boolean
}

/** A sound wheel, RECORD and all. */
export function wheel(spec: WheelSpec = {}): ArtifactFacts {
  const name = spec.name ?? 'demo_pkg'
  const version = spec.version ?? '1.2.3'
  const tag = spec.tag ?? 'py3-none-any'
  const build = spec.build === undefined ? '' : `-${spec.build}`
  const distInfo = `${name}-${version}.dist-info`
  const members: Record<string, string> = {
    ...(spec.files ?? { 'demo_pkg/__init__.py': '__version__ = "1.2.3"\n' }),
    [`${distInfo}/METADATA`]:
      spec.metadata ?? metadataText(soundHeaders(name, version), README),
    [`${distInfo}/WHEEL`]: spec.wheelText ?? wheelText(tag, spec),
    [`${distInfo}/licenses/LICENSE`]: 'MIT License\n'
  }
  const record = Object.entries(members)
    .map(([path, text]) => `${path},${recordHash(text)},${Buffer.byteLength(text)}\n`)
    .join('')
  members[`${distInfo}/RECORD`] = `${record}${distInfo}/RECORD,,\n`
  return artifact(`${name}-${version}${build}-${tag}.whl`, 'wheel', members, [
    `${distInfo}/METADATA`,
    `${distInfo}/WHEEL`,
    `${distInfo}/RECORD`
  ])
}

function wheelText(tag: string, spec: WheelSpec): string {
  const [pythons = '', abis = '', platforms = ''] = tag.split('-')
  const tags = pythons
    .split('.')
    .flatMap(p =>
      abis.split('.').flatMap(a => platforms.split('.').map(pl => `Tag: ${p}-${a}-${pl}\n`))
    )
  const pure = spec.purelib ?? platforms === 'any'
  const build = spec.build === undefined ? '' : `Build: ${spec.build}\n`
  return `Wheel-Version: 1.0\nGenerator: demo 1.0\nRoot-Is-Purelib: ${pure}\n${tags.join('')}${build}`
}

/** What an sdist holds; sound by default. */
export interface SdistSpec {
  readonly name?: string
  readonly version?: string
  /** The file name; by default the PEP 625 one. */
  readonly file?: string
  readonly top?: string
  readonly metadata?: string
  readonly files?: Readonly<Record<string, string>>
}

/** A sound sdist. */
export function sdist(spec: SdistSpec = {}): ArtifactFacts {
  const name = spec.name ?? 'demo_pkg'
  const version = spec.version ?? '1.2.3'
  const top = spec.top ?? `${name}-${version}`
  const members: Record<string, string> = {
    [`${top}/PKG-INFO`]:
      spec.metadata ?? metadataText(soundHeaders(name, version), README),
    [`${top}/pyproject.toml`]: '[project]\nname = "demo-pkg"\n',
    [`${top}/LICENSE`]: 'MIT License\n',
    [`${top}/src/demo_pkg/__init__.py`]: '',
    ...spec.files
  }
  return artifact(spec.file ?? `${name}-${version}.tar.gz`, 'sdist', members, [
    `${top}/PKG-INFO`
  ])
}

function artifact(
  file: string,
  kind: 'wheel' | 'sdist',
  members: Readonly<Record<string, string>>,
  read: readonly string[]
): ArtifactFacts {
  const entries: ArchiveEntry[] = Object.entries(members).map(([name, text]) => ({
    name,
    size: Buffer.byteLength(text),
    sha256: sha256(text),
    kind: 'file'
  }))
  const texts = Object.fromEntries(read.map(r => [r, members[r] ?? '']))
  return { file, kind, size: 4096, sha256: sha256(file), entries, texts, problems: [] }
}

/** The artifact with some of its facts replaced. */
export function change(
  facts: ArtifactFacts,
  edit: Partial<ArtifactFacts>
): ArtifactFacts {
  return { ...facts, ...edit }
}

/** The artifact with the text of member `name` replaced (entry kept in step). */
export function withText(
  facts: ArtifactFacts,
  name: string,
  text: string
): ArtifactFacts {
  return {
    ...facts,
    texts: { ...facts.texts, [name]: text },
    entries: facts.entries.map(e =>
      e.name === name ? { ...e, size: Buffer.byteLength(text), sha256: sha256(text) } : e
    )
  }
}

/** The artifact with extra members. */
export function withEntries(
  facts: ArtifactFacts,
  extra: readonly ArchiveEntry[]
): ArtifactFacts {
  return { ...facts, entries: [...facts.entries, ...extra] }
}

/** A member entry for `name` holding `text`. */
export function entry(name: string, text = 'x'): ArchiveEntry {
  return { name, size: Buffer.byteLength(text), sha256: sha256(text), kind: 'file' }
}

/** The input `checkDist` takes, for `demo-pkg` 1.2.3 unless told. */
export function input(
  artifacts: readonly ArtifactFacts[],
  more: Partial<DistCheckInput> & { others?: readonly OtherDistEntry[] } = {}
): DistCheckInput {
  const { others = [], ...rest } = more
  const dist: DistFacts = { folder: 'dist', artifacts, others }
  return {
    dist,
    project: { name: 'demo-pkg', version: '1.2.3' },
    expectedWheels: null,
    expectedPlatforms: [],
    requireSdist: false,
    ...rest
  }
}
