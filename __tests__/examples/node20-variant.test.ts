import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

/** The parts of an action's metadata compared here. */
interface ActionMetadata {
  name: string
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const load = (file: string): ActionMetadata =>
  parse(readFileSync(file, 'utf8')) as ActionMetadata

const root = load('action.yml')
const node20 = load('node20/action.yml')

describe('node20/action.yml', () => {
  test('takes the same inputs, with the same defaults and descriptions', () => {
    expect(node20.inputs).toEqual(root.inputs)
    expect(Object.keys(node20.inputs)).toEqual(Object.keys(root.inputs))
  })

  test('sets the same outputs', () => {
    expect(node20.outputs).toEqual(root.outputs)
    expect(Object.keys(node20.outputs)).toEqual(Object.keys(root.outputs))
  })

  test('runs on node20 while the root action runs on node24', () => {
    expect(root.runs.using).toBe('node24')
    expect(node20.runs.using).toBe('node20')
  })

  test('runs the bundle of the root action, not a copy', () => {
    // The runner resolves `main` against the folder holding action.yml.
    const variant = path.resolve('node20', node20.runs.main)
    expect(variant).toBe(path.resolve(root.runs.main))
    expect(node20.runs.main).toBe('../dist/index.js')
    expect(existsSync('node20/index.js')).toBe(false)
  })

  test('has a name of its own and a README that says when to use it', () => {
    expect(node20.name).not.toBe(root.name)
    const readme = readFileSync('node20/README.md', 'utf8')
    expect(readme).toContain('pypi-preflight/pypi-preflight/node20@v1')
  })
})
