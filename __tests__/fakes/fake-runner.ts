import type {
  AnnotationPlace,
  Runner
} from '../../src/action/workflow-commands.js'

/** A Runner that records what the action did, for assertions. */
export interface FakeRunner extends Runner {
  readonly outputs: Map<string, string>
  readonly annotations: {
    level: string
    message: string
    place?: AnnotationPlace
  }[]
  readonly failures: string[]
  readonly log: string[]
  readonly summary: string[]
}

export function fakeRunner(
  inputs: Record<string, string>,
  withSummary = true
): FakeRunner {
  const r: FakeRunner = {
    outputs: new Map(),
    annotations: [],
    failures: [],
    log: [],
    summary: [],
    input: name => inputs[name],
    setOutput: (name, value) => void r.outputs.set(name, value),
    annotate: (level, message, place) =>
      void r.annotations.push({ level, message, place }),
    info: line => void r.log.push(line),
    infoUntrusted: text => void r.log.push(text),
    debug: () => undefined,
    group: () => undefined,
    endGroup: () => undefined,
    mask: () => undefined,
    appendSummary: markdown => {
      if (withSummary) r.summary.push(markdown)
      return withSummary
    },
    fail: message => void r.failures.push(message)
  }
  return r
}
