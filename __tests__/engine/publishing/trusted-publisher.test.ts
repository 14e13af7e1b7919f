import { describe, expect, test } from '@jest/globals'
import {
  parseWorkflowRef,
  pickClaims,
  trustedPublisherFacts,
  type TrustedPublisherContext
} from '../../../src/engine/publishing/index.js'

const RUN: TrustedPublisherContext = {
  repository: 'Octo-Org/acme',
  workflowRef: 'Octo-Org/acme/.github/workflows/release.yml@refs/tags/v1.2.3',
  environment: 'pypi',
  indexUrl: 'https://pypi.org',
  projectName: 'acme-weather',
  projectExists: true
}

describe('parseWorkflowRef', () => {
  test.each([
    [
      'octo/acme/.github/workflows/release.yml@refs/tags/v1.2.3',
      [
        'octo',
        'acme',
        '.github/workflows/release.yml',
        'release.yml',
        'refs/tags/v1.2.3'
      ]
    ],
    [
      'octo/acme/.github/workflows/ci.yaml@refs/heads/feature/a@b',
      [
        'octo',
        'acme',
        '.github/workflows/ci.yaml',
        'ci.yaml',
        'refs/heads/feature/a@b'
      ]
    ],
    [
      'octo/acme/.gitea/workflows/release.yml@refs/pull/7/merge',
      [
        'octo',
        'acme',
        '.gitea/workflows/release.yml',
        'release.yml',
        'refs/pull/7/merge'
      ]
    ]
  ])('splits %s', (ref, [owner, repository, path, file, gitRef]) => {
    expect(parseWorkflowRef(ref)).toEqual({
      owner,
      repository,
      path,
      file,
      ref: gitRef
    })
  })

  test.each([
    '',
    'octo/acme',
    'octo/acme/.github/workflows/release.yml',
    'octo/acme/@main',
    'octo/acme/.github/workflows/notes.txt@main'
  ])('rejects %j', ref => {
    expect(parseWorkflowRef(ref)).toBeNull()
  })
})

describe('trustedPublisherFacts', () => {
  test('names what the form asks for, as the runner spells it', () => {
    expect(trustedPublisherFacts(RUN)).toEqual({
      indexName: 'PyPI',
      knownIndex: true,
      projectName: 'acme-weather',
      owner: 'Octo-Org',
      repository: 'acme',
      workflow: 'release.yml',
      workflowPath: '.github/workflows/release.yml',
      environment: 'pypi',
      form: 'project',
      projectSettingsUrl:
        'https://pypi.org/manage/project/acme-weather/settings/publishing/',
      pendingPublisherUrl: 'https://pypi.org/manage/account/publishing/',
      gaps: []
    })
  })

  test('points a project not yet on the index to a pending publisher', () => {
    const facts = trustedPublisherFacts({
      ...RUN,
      indexUrl: 'https://test.pypi.org/',
      projectExists: false
    })
    expect(facts).toMatchObject({
      indexName: 'TestPyPI',
      form: 'pending',
      pendingPublisherUrl: 'https://test.pypi.org/manage/account/publishing/'
    })
  })

  test('offers both pages when the index was not asked', () => {
    expect(trustedPublisherFacts({ ...RUN, projectExists: null }).form).toBe(
      'either'
    )
  })

  test('reads an empty environment input as none', () => {
    expect(
      trustedPublisherFacts({ ...RUN, environment: ' ' }).environment
    ).toBeNull()
  })

  test('says what is missing outside GitHub instead of guessing', () => {
    const facts = trustedPublisherFacts({
      ...RUN,
      repository: '',
      workflowRef: '',
      projectName: null
    })
    expect(facts).toMatchObject({
      owner: null,
      repository: null,
      workflow: null,
      workflowPath: null,
      projectSettingsUrl: null
    })
    expect(facts.gaps).toEqual([
      expect.stringContaining('`GITHUB_WORKFLOW_REF` is not set'),
      expect.stringContaining('`GITHUB_REPOSITORY` is not set'),
      expect.stringContaining('project name is unknown')
    ])
  })

  test('takes the owner and repository from the workflow ref when needed', () => {
    const facts = trustedPublisherFacts({ ...RUN, repository: '' })
    expect([facts.owner, facts.repository, facts.gaps]).toEqual([
      'Octo-Org',
      'acme',
      []
    ])
  })

  test('says so when the workflow ref names no workflow file', () => {
    const facts = trustedPublisherFacts({ ...RUN, workflowRef: 'garbage' })
    expect(facts.workflow).toBeNull()
    expect(facts.gaps).toEqual([
      expect.stringContaining('does not name a workflow file')
    ])
  })

  test('keeps a hostile project name inside the path', () => {
    const facts = trustedPublisherFacts({ ...RUN, projectName: '../x)(y' })
    expect(facts.projectSettingsUrl).toBe(
      'https://pypi.org/manage/project/..%2Fx%29%28y/settings/publishing/'
    )
  })

  test('manages a Warehouse index at its host root and names other hosts', () => {
    const facts = trustedPublisherFacts({
      ...RUN,
      indexUrl: 'https://packages.example.com/pypi'
    })
    expect(facts).toMatchObject({
      indexName: 'packages.example.com',
      knownIndex: false,
      pendingPublisherUrl:
        'https://packages.example.com/manage/account/publishing/'
    })
  })
})

describe('pickClaims', () => {
  test('keeps the matched claims as text and drops the rest', () => {
    expect(
      pickClaims({
        repository: 'o/r',
        repository_owner_id: 7,
        jti: 'x',
        environment: { a: 1 }
      })
    ).toEqual({ repository: 'o/r', repository_owner_id: '7' })
    expect(pickClaims(null)).toEqual({})
    expect(pickClaims('text')).toEqual({})
  })
})
