import { describe, expect, test } from '@jest/globals'
import {
  renderTrustedPublisher,
  trustedPublisherFacts,
  type TrustedPublisherContext
} from '../../../src/engine/publishing/index.js'

const RUN: TrustedPublisherContext = {
  repository: 'octo-org/acme',
  workflowRef: 'octo-org/acme/.github/workflows/release.yml@refs/tags/v1.2.3',
  environment: 'pypi',
  indexUrl: 'https://pypi.org',
  projectName: 'acme-weather',
  projectExists: true
}

const render = (ctx: Partial<TrustedPublisherContext> = {}): string =>
  renderTrustedPublisher(trustedPublisherFacts({ ...RUN, ...ctx }))

describe('renderTrustedPublisher', () => {
  test('an existing project: its settings page and the four values', () => {
    expect(render()).toBe(
      [
        '### Trusted publisher on PyPI',
        '',
        "Add a trusted publisher in the project's publishing settings, [pypi.org/manage/project/acme-weather/settings/publishing/](https://pypi.org/manage/project/acme-weather/settings/publishing/): choose **GitHub** and enter exactly:",
        '',
        '| Field | Value |',
        '| --- | --- |',
        '| Owner | `octo-org` |',
        '| Repository name | `acme` |',
        '| Workflow name | `release.yml` |',
        '| Environment name | `pypi` |',
        '',
        'The publish job, in `.github/workflows/release.yml`, needs `environment: pypi` and `permissions: id-token: write`.',
        ''
      ].join('\n')
    )
  })

  test('a new project: the pending publisher page and the project name', () => {
    const md = render({ projectExists: false, environment: '' })
    expect(md).toContain(
      'The project is not on PyPI yet: add a *pending* publisher at [pypi.org/manage/account/publishing/](https://pypi.org/manage/account/publishing/)'
    )
    expect(md).toContain('| PyPI Project Name | `acme-weather` |')
    expect(md).toContain('| Environment name | *(leave empty)* |')
    expect(md).toContain('Without an environment')
  })

  test('an unknown project state: both pages', () => {
    const md = render({
      projectExists: null,
      indexUrl: 'https://test.pypi.org'
    })
    expect(md).toContain('### Trusted publisher on TestPyPI')
    expect(md).toContain(
      'If the project is already on TestPyPI, add the publisher at [test.pypi.org/manage/project/acme-weather/settings/publishing/]'
    )
    expect(md).toContain('otherwise add a *pending* publisher at')
    expect(render({ projectExists: null, projectName: null })).toContain(
      'Add a *pending* publisher at [pypi.org/manage/account/publishing/]'
    )
  })

  test('outside GitHub: unknown values and the reasons, no invention', () => {
    const md = render({ repository: '', workflowRef: '', projectExists: null })
    expect(md).toContain('| Owner | *unknown (see below)* |')
    expect(md).toContain('| Workflow name | *unknown (see below)* |')
    expect(md).toContain('- ⚠️ `GITHUB_WORKFLOW_REF` is not set')
    expect(md).toContain('The publish job needs')
  })

  test('escapes values from the environment and the inputs', () => {
    const md = render({
      repository: 'o|wn<er>/re`po',
      environment: 'prod <b>|x',
      workflowRef: ''
    })
    expect(md).toContain('| Owner | `o\\|wn<er>` |')
    expect(md).toContain('| Repository name | ``re`po`` |')
    expect(md).toContain('| Environment name | `prod <b>\\|x` |')
    expect(md).toContain('`environment: "prod <b>\\|x"`')
    expect(md).not.toMatch(/<b>(?![^`]*`)/)
  })

  test('the claims of this job, folded, and what runs in a reusable workflow', () => {
    const md = renderTrustedPublisher(trustedPublisherFacts(RUN), {
      status: 'ok',
      audience: 'pypi',
      claims: {
        repository: 'octo-org/acme',
        job_workflow_ref:
          'octo-org/acme/.github/workflows/publish.yml@refs/tags/v1.2.3',
        ref: 'refs/heads/<script>'
      }
    })
    expect(md).toContain(
      '<details><summary>OIDC claims of this job (audience pypi)</summary>'
    )
    expect(md).toContain('| `repository` | `octo-org/acme` |')
    expect(md).toContain('| `ref` | `refs/heads/<script>` |')
    expect(md).toContain(
      'a publish step there would be matched as `publish.yml`, not `release.yml`'
    )
    expect(md.trimEnd().endsWith('</details>')).toBe(true)
  })

  test('why the claims are missing', () => {
    const facts = trustedPublisherFacts(RUN)
    expect(
      renderTrustedPublisher(facts, {
        status: 'unavailable',
        reason: 'no token'
      })
    ).toContain('OIDC claims are not shown: no token')
    expect(
      renderTrustedPublisher(facts, { status: 'failed', reason: 'HTTP <500>' })
    ).toContain('⚠️ OIDC claims could not be read: HTTP &lt;500&gt;')
  })
})
