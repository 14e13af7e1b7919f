import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { processRunner } from '../../src/action/workflow-commands.js'

function capture(env: NodeJS.ProcessEnv = {}) {
  const chunks: string[] = []
  const runner = processRunner(env, text => chunks.push(text))
  return {
    runner,
    lines: () =>
      chunks
        .join('')
        .split(/\r?\n/)
        .filter(l => l !== '')
  }
}

// The runner acts on a line that starts (after spaces) with `::name` or holds `##[`.
function commandLines(lines: string[]): string[] {
  return lines.filter(l => /^\s*::/.test(l) || l.includes('##['))
}

describe('workflow commands', () => {
  test('reads inputs the way the runner passes them', () => {
    const { runner } = capture({
      'INPUT_TAG-PREFIX': '',
      INPUT_MODE: 'release'
    })
    expect(runner.input('tag-prefix')).toBe('')
    expect(runner.input('mode')).toBe('release')
    expect(runner.input('dist')).toBeUndefined()
  })

  test('an annotation stays one command whatever its text holds', () => {
    const { runner, lines } = capture()
    runner.annotate('error', "tag 'v1\n::add-mask::secret' 100%", {
      title: 'tag/x',
      file: 'a,b:c.toml',
      startLine: 3
    })
    expect(lines()).toEqual([
      "::error title=tag/x,file=a%2Cb%3Ac.toml,line=3::tag 'v1%0A::add-mask::secret' 100%25"
    ])
  })

  test('untrusted text is printed with command processing stopped', () => {
    const { runner, lines } = capture()
    runner.infoUntrusted('notes\n::error::pwned\n##[set-output name=x;]y')
    const out = lines()
    const token = /^::stop-commands::(.+)$/.exec(out[0] ?? '')?.[1]
    expect(token).toMatch(/^[0-9a-f-]{36}$/)
    expect(out.slice(1, -1)).toEqual([
      'notes',
      '::error::pwned',
      '##[set-output name=x;]y'
    ])
    expect(out.at(-1)).toBe(`::${token}::`)
  })

  test('one-line log messages cannot start a command', () => {
    const { runner, lines } = capture()
    runner.info('::add-mask::x')
    runner.info('tag v1\n::error::boom')
    runner.info('see ##[error]x')
    expect(commandLines(lines())).toEqual([])
  })

  test('outputs go through the output file with a delimiter the value cannot end', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outputs-'))
    const file = path.join(dir, 'out')
    const { runner, lines } = capture({ GITHUB_OUTPUT: file })
    runner.setOutput(
      'release-notes',
      'line 1\nEOF\n::set-output name=version::6.6.6'
    )
    const text = readFileSync(file, 'utf8')
    const m =
      /^release-notes<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*)\n\1\n$/.exec(
        text
      )
    expect(m?.[2]).toBe('line 1\nEOF\n::set-output name=version::6.6.6')
    expect(lines()).toEqual([])
  })

  test('the job summary is skipped where the runner has none', () => {
    expect(capture({}).runner.appendSummary('# x')).toBe(false)
  })
})
