import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { OUTPUTS } from '../src/action/outputs.js'
import { BOOLEAN_INPUTS, INPUT_NAMES } from '../src/settings.js'
import { PRODUCT_VERSION } from '../src/version.js'

interface ActionYml {
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const readme = readFileSync('README.md', 'utf8')

// Rows of the Markdown table that follows a `## Title` heading.
function tableRows(title: string): string[][] {
  const section = readme.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? ''
  return section
    .split('\n')
    .filter(line => line.startsWith('| `'))
    .map(line =>
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map(cell => cell.replace(/\\\|/g, '|'))
    )
}

describe('the action contract', () => {
  test('runs the bundle on node24 with marketplace branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding.icon).toBeTruthy()
  })

  test('declares exactly the inputs the settings parse, each described', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_NAMES)
    for (const input of Object.values(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10)
      expect(input.default).toBeDefined()
    }
  })

  test('gives every boolean input a true/false default', () => {
    for (const name of BOOLEAN_INPUTS) {
      expect(['true', 'false']).toContain(action.inputs[name]?.default)
    }
  })

  test('declares exactly the outputs the action sets', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS])
  })

  test("the README's inputs table equals action.yml", () => {
    const expected = Object.entries(action.inputs).map(([name, i]) => [
      `\`${name}\``,
      i.default ? `\`${i.default}\`` : '(empty)',
      i.description
    ])
    expect(tableRows('Inputs')).toEqual(expected)
  })

  test("the README's outputs table equals action.yml", () => {
    const expected = Object.entries(action.outputs).map(([name, o]) => [
      `\`${name}\``,
      o.description
    ])
    expect(tableRows('Outputs')).toEqual(expected)
  })

  test('the version the product reports is the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    expect(PRODUCT_VERSION).toBe(pkg.version)
  })
})
