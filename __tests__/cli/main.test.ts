import { describe, expect, test } from '@jest/globals'
import { main, type CliIO } from '../../src/cli/main.js'

async function cli(argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
  let out = ''
  let err = ''
  const io: CliIO = {
    out: t => (out += t),
    err: t => (err += t),
    env,
    readStdin: () => stdin,
    colour: false
  }
  const code = await main(argv, io)
  return { code, out, err }
}

const demo = [
  '--working-directory',
  'examples/demo-project',
  '--check-index',
  'false'
]

describe('pypi-preflight version', () => {
  test('prints one JSON object a line, in input order', async () => {
    const r = await cli(['version', '--json', 'v1.0-RC1', '2.0'])
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

  test('reads standard input when no version is given and exits 1 on an invalid one', async () => {
    const r = await cli(['version', '--json'], '1.0\nnot-a-version\n')
    expect(r.code).toBe(1)
    expect(r.out.trimEnd().split('\n')[1]).toContain(
      '"valid":false,"normalized":null'
    )
  })

  test('sorts the valid ones in PEP 440 order', async () => {
    const r = await cli(
      ['version', '--sort'],
      'v1.10\nv1.9\n1.10rc1\n1.0.dev3\nbogus\n1.0\n'
    )
    expect(r.out).toBe('1.0.dev3\n1.0\n1.9\n1.10rc1\n1.10\n')
    expect(r.code).toBe(1)
  })
})

describe('pypi-preflight check', () => {
  test('passes on the demo project at its tag', async () => {
    const r = await cli(['check', ...demo, '--tag', 'v1.4.0'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('version:  1.4.0')
    expect(r.out).toContain('Result: PASS')
  })

  test('fails with the file and line of the declaration on a mismatch', async () => {
    const r = await cli(['check', ...demo, '--tag', 'v1.4.1'])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /pyproject\.toml:\d+: error: Tag 'v1\.4\.1' is version '1\.4\.1', but the project declares '1\.4\.0'/
    )
  })

  test('--json prints the whole report', async () => {
    const r = await cli(['check', ...demo, '--tag', 'v1.4.0', '--json'])
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
    async (argv, message) => {
      const r = await cli(argv)
      expect(r.code).toBe(2)
      expect(r.err).toContain(message)
      expect(r.err).not.toContain('    at ')
    }
  )

  test('help lists the commands', async () => {
    const r = await cli(['help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('pypi-preflight check')
  })
})

describe('pypi-preflight notes', () => {
  const wd = ['--working-directory', 'examples/demo-project']

  test('prints the entry as Markdown, ending with the index link', async () => {
    const r = await cli(['notes', '--version', '1.4.0', ...wd])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/^### Added\n/)
    expect(r.out).toContain('](https://pypi.org/project/acme-weather/1.4.0/)\n')
  })

  test('matches versions by PEP 440 equality', async () => {
    const r = await cli([
      'notes',
      '--version',
      '1.4.0-RC1',
      '--append-index-link',
      'false',
      ...wd
    ])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('pypi.org')
  })

  test('--json carries the source, date, line and findings', async () => {
    const r = await cli(['notes', '--version', '1.4.0', '--json', ...wd])
    expect(JSON.parse(r.out)).toMatchObject({
      version: '1.4.0',
      notesSource: 'entry',
      file: 'CHANGELOG.md',
      date: '2026-11-02',
      line: 10,
      findings: []
    })
  })

  test('exits 1 with the reason when the version has no entry', async () => {
    const r = await cli(['notes', '--version', '9.9.9', ...wd])
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err).toContain(
      'CHANGELOG.md:10: error: CHANGELOG.md has no entry for "9.9.9"'
    )
  })

  test('reads an explicit changelog path', async () => {
    const r = await cli([
      'notes',
      '--version',
      '1.3.0',
      '--changelog',
      'CHANGELOG.md',
      ...wd
    ])
    expect(r.code).toBe(0)
  })

  test.each([
    [['notes'], "'notes' needs --version"],
    [
      ['notes', '--version', 'one'],
      "--version 'one' is not a PEP 440 version."
    ],
    [
      ['notes', '--version', '1.0', '--tag', 'v1'],
      "Unknown option --tag for 'notes'."
    ]
  ])('bad usage %p exits 2', async (argv, message) => {
    const r = await cli(argv)
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
  })
})
