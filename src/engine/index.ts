/**
 * The engine's public API: pure decisions over text and bytes. Adapters
 * (the action and the CLI) import only from here.
 */
export { validateRelease } from './validate-release.js'
export type { ReleaseSnapshot, ValidationOptions } from './validate-release.js'
export { resolveRun } from './release-context.js'
export type { RunContext, ResolvedRun } from './release-context.js'
export type { FileReader } from './pyproject/project-version.js'
export { checkChangelog } from './checks/changelog-has-entry.js'
export type { PublishingContext } from './checks/publishing-check.js'
export type { GitFacts } from './checks/git-facts.js'
export type {
  ChangelogSource,
  ChangelogVerdict
} from './checks/changelog-has-entry.js'
export { indexPageUrl } from './package-index/index-page.js'
export { resolveProjectVersion } from './pyproject/project-version.js'
export type { ProjectVersion } from './pyproject/project-version.js'
export { CHANGELOG_CANDIDATES, detectChangelogPath } from './changelog/index.js'
export type { Finding, Severity } from './report/finding.js'
export type {
  ValidationReport,
  CheckOutcome,
  ReleaseFacts,
  Result
} from './report/validation-report.js'
export { renderMarkdown } from './report/render-markdown.js'
export { renderText, PLAIN } from './report/render-text.js'
export type { TextStyle } from './report/render-text.js'
export { normalizeVersion } from './version/pep440.js'
