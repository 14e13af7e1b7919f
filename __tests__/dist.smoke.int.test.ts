import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Runs the committed bundle exactly as the runner does: a node process with INPUT_* and file commands. */
function runAction(
  inputs: Record<string, string>,
  event: { name: string; payload: object; ref: string },
  envOverride: Record<string, string | undefined> = {},
  prepare: (workspace: string) => void = () => undefined
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'action-'))
  const workspace = path.join(dir, 'workspace')
  cpSync('examples/demo-project', workspace, { recursive: true })
  prepare(workspace)
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    event: path.join(dir, 'event.json')
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(event.payload))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REF: event.ref,
    RUNNER_TEMP: dir,
    'INPUT_TAG-PREFIX': 'v',
    'INPUT_CHECK-INDEX': 'false',
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
    ),
    ...envOverride
  }
  for (const key of Object.keys(env))
    if (env[key] === undefined) delete env[key]
  const child = spawnSync(process.execPath, [path.resolve('dist/index.js')], {
    cwd: workspace,
    env,
    encoding: 'utf8'
  })
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8')
  }
}

/** The commands a runner would act on, honouring `stop-commands`. */
function commandsActedOn(stdout: string): { name: string; line: string }[] {
  const acted: { name: string; line: string }[] = []
  let stopToken: string | null = null
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null
      continue
    }
    const m = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (m?.[1] === 'stop-commands') stopToken = m[2] ?? ''
    else if (m) acted.push({ name: m[1] ?? '', line })
    else if (raw.includes('##[')) acted.push({ name: 'legacy', line: raw })
  }
  return acted
}

// The runner's `name<<DELIMITER` file-command format.
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string
  return out
}

describe('the bundled action', () => {
  test('a release event for the declared version passes and sets every output', () => {
    const r = runAction(
      {},
      { name: 'release', ref: '', payload: { release: { tag_name: 'v1.4.0' } } }
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.outputs).toMatchObject({
      mode: 'release',
      tag: 'v1.4.0',
      version: '1.4.0',
      prerelease: 'false',
      'package-name': 'acme-weather',
      result: 'pass',
      findings: '[]'
    })
    const action = readFileSync('action.yml', 'utf8')
    for (const name of Object.keys(r.outputs))
      expect(action).toContain(`  ${name}:\n`)
    expect(Object.keys(r.outputs)).toHaveLength(18)
    expect(r.summary).toContain('## pypi-preflight: release `v1.4.0` passed')
    expect(r.summary).toContain('| Version | `1.4.0` |')
    expect(r.outputs['release-notes']).toMatch(/^### Added\n\n- `Unit.KELVIN`/)
    expect(r.outputs['changelog-date']).toBe('2026-11-02')
    expect(r.outputs['index-url']).toBe(
      'https://pypi.org/project/acme-weather/1.4.0/'
    )
    expect(r.outputs['wheel-count']).toBe('1')
    expect(r.outputs.sdist).toBe('acme_weather-1.4.0.tar.gz')
    const artifacts = JSON.parse(r.outputs.artifacts ?? '[]') as {
      name: string
      sha256: string
    }[]
    expect(artifacts.map(a => a.name)).toEqual([
      'acme_weather-1.4.0-py3-none-any.whl',
      'acme_weather-1.4.0.tar.gz'
    ])
    const sums = readFileSync(r.outputs['sha256sums-file'] ?? '', 'utf8')
    for (const a of artifacts)
      expect(sums).toContain(`${a.sha256}  ${a.name}\n`)
    expect(r.summary).toContain('### Artifacts')
    const notesFile = r.outputs['release-notes-file'] ?? ''
    expect(path.basename(notesFile)).toBe('release-notes.md')
    expect(readFileSync(notesFile, 'utf8')).toBe(
      `${r.outputs['release-notes']}\n`
    )
  })

  test('a tag push of another version fails with an annotation on the declaration', () => {
    const r = runAction(
      {},
      { name: 'push', ref: 'refs/tags/v1.4.1', payload: {} }
    )
    expect(r.status).toBe(1)
    expect(r.outputs.result).toBe('fail')
    const findings = JSON.parse(r.outputs.findings ?? '[]') as {
      id: string
      file?: string
      line?: number
    }[]
    expect(findings.map(f => [f.id, f.file])).toEqual([
      ['version/mismatch', 'pyproject.toml'],
      ['dist/version-mismatch', 'dist/acme_weather-1.4.0-py3-none-any.whl'],
      ['dist/version-mismatch', 'dist/acme_weather-1.4.0.tar.gz'],
      ['changelog/entry-missing', 'CHANGELOG.md']
    ])
    expect(r.stdout).toMatch(
      /^::error title=version\/mismatch,file=pyproject.toml,line=\d+::Tag 'v1.4.1' is version '1.4.1'/m
    )
    expect(r.summary).toContain('version/mismatch')
  })

  const OUR_COMMANDS = [
    'group',
    'endgroup',
    'debug',
    'error',
    'warning',
    'notice'
  ]

  test('hostile text in the event cannot issue workflow commands', () => {
    const tag = 'v1.4.0\n::add-mask::pwned\n::error::pwned ##[error]x'
    const r = runAction(
      {},
      { name: 'release', ref: '', payload: { release: { tag_name: tag } } }
    )
    const acted = commandsActedOn(r.stdout)
    expect(
      acted.map(c => c.name).filter(n => !OUR_COMMANDS.includes(n))
    ).toEqual([])
    expect(
      acted.filter(
        c => c.line.startsWith('::error::pwned') || c.line.includes('##[')
      )
    ).toEqual([])
    expect(r.outputs.tag).toBe(tag)
  })

  test('hostile text in the changelog cannot issue workflow commands', () => {
    const hostile = '::add-mask::pwned\n::error::pwned\n##[warning]pwned\n'
    const r = runAction(
      {},
      {
        name: 'release',
        ref: '',
        payload: { release: { tag_name: 'v1.4.0' } }
      },
      {},
      workspace => {
        const file = path.join(workspace, 'CHANGELOG.md')
        const text = readFileSync(file, 'utf8')
        writeFileSync(
          file,
          text.replace('### Added\n', `### Added\n\n${hostile}`)
        )
      }
    )
    const acted = commandsActedOn(r.stdout)
    expect(
      acted.map(c => c.name).filter(n => !OUR_COMMANDS.includes(n))
    ).toEqual([])
    expect(acted.filter(c => c.line.includes('pwned'))).toEqual([])
    expect(r.stdout).toContain(`\n${hostile}`)
    expect(r.outputs['release-notes']).toContain(hostile)
  })

  test('a project written with CRLF line ends and a BOM passes the same way', () => {
    const r = runAction(
      {},
      { name: 'push', ref: 'refs/tags/v1.4.0', payload: {} },
      {},
      workspace => {
        for (const file of ['pyproject.toml', 'CHANGELOG.md']) {
          const full = path.join(workspace, file)
          const text = readFileSync(full, 'utf8').replace(/\n/g, '\r\n')
          writeFileSync(full, file === 'CHANGELOG.md' ? `\uFEFF${text}` : text)
        }
      }
    )
    expect(r.status).toBe(0)
    expect(r.outputs.version).toBe('1.4.0')
    expect(r.outputs['release-notes']).toMatch(/^### Added\n\n- `Unit.KELVIN`/)
    expect(r.outputs['release-notes']).not.toContain('\r')
  })

  test('a bad input fails at once naming the input and still sets the outputs', () => {
    const r = runAction(
      { mode: 'publish' },
      { name: 'push', ref: 'refs/tags/v1.4.0', payload: {} }
    )
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(
      "::error::Input 'mode' has the value 'publish', but it must be one of: auto, release, readiness."
    )
    expect(r.outputs.result).toBe('fail')
    expect(r.stderr).toBe('')
  })

  test('a runner without a job summary still completes', () => {
    const r = runAction(
      {},
      { name: 'push', ref: 'refs/heads/main', payload: {} },
      { GITHUB_STEP_SUMMARY: undefined }
    )
    expect(r.status).toBe(0)
    expect(r.outputs.mode).toBe('readiness')
    expect(r.summary).toBe('')
    expect(r.stdout).toContain('No job summary on this runner')
  })

  test('the bundle is plain ASCII, and still writes its symbols', () => {
    for (const folder of ['dist', 'dist/cli'])
      for (const name of readdirSync(folder).filter(n => n.endsWith('.js')))
        expect([
          name,
          /[^\0-\x7f]/.test(readFileSync(`${folder}/${name}`, 'utf8'))
        ]).toEqual([name, false])
    const r = runAction(
      { 'check-index': 'false' },
      { name: 'push', ref: 'refs/tags/v1.4.0', payload: {} }
    )
    expect(r.status).toBe(0)
    expect(r.summary).toContain('\u2705 pass')
  })
})
