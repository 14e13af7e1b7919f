import path from 'node:path'
import type {
  Document,
  LineCounter,
  Node as YamlNode,
  Pair,
  YAMLMap
} from 'yaml'
import { parseWorkflowRef } from '../engine/publishing/trusted-publisher.js'
import type {
  JobModel,
  PermissionsModel,
  StepModel,
  WorkflowModel
} from '../engine/publishing/workflow-model.js'
import { isInside, projectFileReader } from './project-files.js'

/** Real workflow files are a few KB to a few tens of KB. */
export const MAX_WORKFLOW_BYTES = 256 * 1024

// GitHub nests reusable workflows at most ten deep. The caps on the bytes
// read and the jobs kept are far beyond real workflows and keep a hostile
// one to about a second of YAML parsing.
const MAX_CALL_DEPTH = 10
const MAX_TOTAL_BYTES = 512 * 1024
const MAX_JOBS = 256

/** The workflow as a model, or why it could not be read. */
export type WorkflowFileResult =
  | { readonly status: 'ok'; readonly workflow: WorkflowModel }
  | { readonly status: 'unavailable'; readonly reason: string }

type Yaml = typeof import('yaml')
type Reader = (relative: string) => string | undefined

/**
 * Reads the workflow that runs this step: `GITHUB_WORKFLOW_REF` names it
 * (`owner/repo/<path>@<ref>`), and it is looked for in the checkout, from
 * the working directory up to `GITHUB_WORKSPACE`.
 */
export async function readCallingWorkflow(
  env: NodeJS.ProcessEnv,
  workingDirectory = '.'
): Promise<WorkflowFileResult> {
  const ref = parseWorkflowRef(env.GITHUB_WORKFLOW_REF ?? '')
  if (ref === null) {
    return unavailable(
      env.GITHUB_WORKFLOW_REF
        ? `GITHUB_WORKFLOW_REF does not name a workflow file`
        : 'GITHUB_WORKFLOW_REF is not set (outside GitHub Actions?)'
    )
  }
  const root = findCheckoutRoot(
    ref.path,
    path.resolve(workingDirectory),
    path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  )
  if (root === null) {
    return unavailable(
      `${ref.path} is not in the checkout (check out the repository before this step)`
    )
  }
  return readWorkflowFile(root, ref.path)
}

/**
 * Reads `file` (relative to the repository `root`) into a workflow model,
 * following the local reusable workflows (`uses: ./…`) it calls. Reads
 * stay inside `root`.
 */
export async function readWorkflowFile(
  root: string,
  file: string
): Promise<WorkflowFileResult> {
  const relative = safeRelative(file)
  const read = projectFileReader(root, root)
  const text = relative === null ? undefined : read(relative)
  if (relative === null || text === undefined) {
    return unavailable(`${file} could not be read`)
  }
  if (tooLarge(text)) return unavailable(`${file} is too large`)
  const yaml = await import('yaml')
  const budget = { bytes: MAX_TOTAL_BYTES - Buffer.byteLength(text) }
  const parsed = parseWorkflow(
    yaml,
    text,
    relative,
    loader(yaml, read, budget, 0)
  )
  return typeof parsed === 'string'
    ? unavailable(parsed)
    : { status: 'ok', workflow: parsed }
}

function tooLarge(text: string): boolean {
  return Buffer.byteLength(text) > MAX_WORKFLOW_BYTES
}

function unavailable(reason: string): WorkflowFileResult {
  return { status: 'unavailable', reason }
}

// The checkout may sit below the workspace (`actions/checkout` with
// `path:`): walk up from the working directory, never above the workspace.
function findCheckoutRoot(
  file: string,
  from: string,
  top: string
): string | null {
  for (let dir = isInside(from, top) ? from : top; ; dir = path.dirname(dir)) {
    if (projectFileReader(dir, dir)(file) !== undefined) return dir
    if (dir === top || path.dirname(dir) === dir) return null
  }
}

// A repository-relative path with no way out of the repository.
function safeRelative(file: string): string | null {
  const p = path.posix.normalize(file.replace(/^\.\//, ''))
  if (p.startsWith('../') || p === '..' || path.posix.isAbsolute(p)) return null
  return p
}

type CallLoader = (uses: string) => WorkflowModel | null

function loader(
  yaml: Yaml,
  read: Reader,
  budget: { bytes: number },
  depth: number,
  seen: ReadonlySet<string> = new Set()
): CallLoader {
  return uses => {
    const file = uses.startsWith('./')
      ? safeRelative(uses.split('@')[0] ?? '')
      : null
    if (file === null || seen.has(file) || depth >= MAX_CALL_DEPTH) return null
    const text = read(file)
    if (text === undefined || tooLarge(text)) return null
    budget.bytes -= Buffer.byteLength(text)
    if (budget.bytes < 0) return null
    const next = loader(yaml, read, budget, depth + 1, new Set([...seen, file]))
    const parsed = parseWorkflow(yaml, text, file, next)
    return typeof parsed === 'string' ? null : parsed
  }
}

/** The model of one workflow file, or why its YAML is unusable. */
function parseWorkflow(
  yaml: Yaml,
  text: string,
  file: string,
  loadCall: CallLoader
): WorkflowModel | string {
  const lc = new yaml.LineCounter()
  const doc = yaml.parseDocument(text, { lineCounter: lc, prettyErrors: false })
  const error = doc.errors[0]
  if (error !== undefined) {
    const line = lc.linePos(error.pos[0]).line
    return `${file} is not valid YAML (line ${line}): ${error.code}`
  }
  const t = new Tree(yaml, doc, lc)
  const root = t.map(doc.contents)
  if (root === null) return `${file} is not a workflow (no mapping at the top)`
  const on = t.pair(root, 'on')
  return {
    file,
    triggers: t.triggers(on?.value),
    triggersLine: on ? t.line(on.key) : 1,
    permissions: t.permissions(t.pair(root, 'permissions')),
    jobs: t
      .pairs(t.map(t.pair(root, 'jobs')?.value))
      .slice(0, MAX_JOBS)
      .map(p => t.job(p, loadCall))
  }
}

/** Reads typed values and lines out of one parsed document. */
class Tree {
  // Anchors are allowed in workflows. `Alias.resolve` walks the whole
  // document on each call; resolving every alias in one walk keeps a file
  // full of aliases linear.
  private readonly targets = new Map<unknown, YamlNode>()

  constructor(
    private readonly yaml: Yaml,
    doc: Document,
    private readonly lc: LineCounter
  ) {
    const anchors = new Map<string, YamlNode>()
    yaml.visit(doc, {
      Node: (_key, node) => {
        if (!yaml.isAlias(node)) {
          if (node.anchor) anchors.set(node.anchor, node)
          return
        }
        const target = anchors.get(node.source)
        if (target !== undefined) this.targets.set(node, target)
      }
    })
  }

  line(node: unknown): number {
    const start = this.yaml.isNode(node) ? node.range?.[0] : undefined
    return start === undefined ? 1 : Math.max(1, this.lc.linePos(start).line)
  }

  // An alias stands for the node its anchor names.
  node(node: unknown): YamlNode | null {
    if (this.yaml.isAlias(node)) return this.targets.get(node) ?? null
    return this.yaml.isNode(node) ? node : null
  }

  map(node: unknown): YAMLMap | null {
    const n = this.node(node)
    return this.yaml.isMap(n) ? n : null
  }

  text(node: unknown): string | null {
    const n = this.node(node)
    const v: unknown = this.yaml.isScalar(n) ? n.value : null
    if (typeof v === 'string') return v
    const plain = typeof v === 'number' || typeof v === 'boolean'
    return plain ? String(v) : null
  }

  list(node: unknown): unknown[] {
    const n = this.node(node)
    if (this.yaml.isSeq(n)) return n.items
    return n === null ? [] : [n]
  }

  pairs(map: YAMLMap | null): Pair[] {
    return (map?.items ?? []).filter(p => this.text(p.key) !== null)
  }

  pair(map: YAMLMap | null, key: string): Pair | undefined {
    return this.pairs(map).find(p => this.text(p.key) === key)
  }

  value(map: YAMLMap | null, key: string): string | null {
    return this.text(this.pair(map, key)?.value)
  }

  triggers(node: unknown): string[] {
    const map = this.map(node)
    const names = map
      ? this.pairs(map).map(p => this.text(p.key))
      : this.list(node).map(n => this.text(n))
    return names.filter((n): n is string => n !== null)
  }

  permissions(pair: Pair | undefined): PermissionsModel | null {
    if (pair === undefined) return null
    const line = this.line(pair.key)
    const short = this.text(pair.value)
    if (short === 'read-all' || short === 'write-all') {
      return { line, all: short === 'read-all' ? 'read' : 'write', scopes: {} }
    }
    return { line, all: null, scopes: this.scalars(this.map(pair.value)) }
  }

  scalars(map: YAMLMap | null): Record<string, string> {
    const out: Record<string, string> = {}
    for (const p of this.pairs(map)) {
      const v = this.text(p.value)
      if (v !== null) out[this.text(p.key) ?? ''] = v
    }
    return out
  }

  job(pair: Pair, loadCall: CallLoader): JobModel {
    const body = this.map(pair.value)
    const uses = this.pair(body, 'uses')
    const ref = this.text(uses?.value)
    return {
      id: this.text(pair.key) ?? '',
      line: this.line(pair.key),
      needs: this.list(this.pair(body, 'needs')?.value)
        .map(n => this.text(n))
        .filter((n): n is string => n !== null),
      condition: this.value(body, 'if'),
      environment: this.environment(this.pair(body, 'environment')),
      permissions: this.permissions(this.pair(body, 'permissions')),
      steps: this.list(this.pair(body, 'steps')?.value).map(s => this.step(s)),
      uses: ref === null ? null : { ref, line: this.line(uses?.key) },
      called: ref === null ? null : loadCall(ref)
    }
  }

  environment(pair: Pair | undefined): JobModel['environment'] {
    if (pair === undefined) return null
    const named = this.map(pair.value)
    const name = named ? this.value(named, 'name') : this.text(pair.value)
    return { name: name ?? '', line: this.line(pair.key) }
  }

  step(node: unknown): StepModel {
    const body = this.map(node)
    const uses = this.pair(body, 'uses')
    return {
      line: this.line(uses?.key ?? node),
      id: this.value(body, 'id'),
      uses: this.text(uses?.value),
      run: this.value(body, 'run'),
      with: this.scalars(this.map(this.pair(body, 'with')?.value))
    }
  }
}
