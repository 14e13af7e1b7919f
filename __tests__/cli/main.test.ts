import { describe, expect, test } from '@jest/globals'
import { main, type CliIO } from '../../src/cli/main.js'

function cli(argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
  let out = ''
  let err = ''
  const io: CliIO = {
    out: t => (out += t),
    err: t => (err += t),
    env,
    readStdin: () => stdin,
    colour: false
  }
  const code = main(argv, io)
  return { code, out, err }
}

const demo = [
  '--working-directory',
  'examples/demo-project',
  '--check-index',
  'false'
]

describe('pypi-preflight version', () => {
  test('prints one JSON object a line, in input order', () => {
    const r = cli(['version', '--json', 'v1.0-RC1', '2.0'])
    expect(r.code).toBe(0)
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map(l => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map(l => l.input)).toEqual(['v1.0-RC1', '2.0'])
    expect(lines[0]).toMatchObject({
      valid: true,
      normalized: '1.0rc1',
      prerelease: true
    })
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'input',
      'valid',
      'normalized',
      'prerelease',
      'dev',
      'post',
      'local',
      'epoch',
      'release'
    ])
  })

  test('reads standard input when no version is given and exits 1 on an invalid one', () => {
    const r = cli(['version', '--json'], '1.0\nnot-a-version\n')
    expect(r.code).toBe(1)
    expect(r.out.trimEnd().split('\n')[1]).toContain(
      '"valid":false,"normalized":null'
    )
  })

  test('sorts the valid ones in PEP 440 order', () => {
    const r = cli(
      ['version', '--sort'],
      'v1.10\nv1.9\n1.10rc1\n1.0.dev3\nbogus\n1.0\n'
    )
    expect(r.out).toBe('1.0.dev3\n1.0\n1.9\n1.10rc1\n1.10\n')
    expect(r.code).toBe(1)
  })
})

describe('pypi-preflight check', () => {
  test('passes on the demo project at its tag', () => {
    const r = cli(['check', ...demo, '--tag', 'v1.4.0'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('version:  1.4.0')
    expect(r.out).toContain('Result: PASS')
  })

  test('fails with the file and line of the declaration on a mismatch', () => {
    const r = cli(['check', ...demo, '--tag', 'v1.4.1'])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /pyproject\.toml:\d+: error: Tag 'v1\.4\.1' is version '1\.4\.1', but the project declares '1\.4\.0'/
    )
  })

  test('--json prints the whole report', () => {
    const r = cli(['check', ...demo, '--tag', 'v1.4.0', '--json'])
    const report = JSON.parse(r.out) as {
      result: string
      facts: { version: string }
    }
    expect(report.result).toBe('pass')
    expect(report.facts.version).toBe('1.4.0')
  })

  test.each([
    [['check', '--bogus', 'x'], 'Unknown option --bogus.'],
    [['check', '--mode', 'x'], "Input 'mode' has the value 'x'"],
    [['check', '--tag'], '--tag needs a value.'],
    [['frobnicate'], "Unknown command 'frobnicate'."],
    [['check', 'extra'], "'check' takes no positional arguments"]
  ])(
    'bad usage %p exits 2 with a message and no stack trace',
    (argv, message) => {
      const r = cli(argv)
      expect(r.code).toBe(2)
      expect(r.err).toContain(message)
      expect(r.err).not.toContain('    at ')
    }
  )

  test('help lists the commands', () => {
    const r = cli(['help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('pypi-preflight check')
  })
})
