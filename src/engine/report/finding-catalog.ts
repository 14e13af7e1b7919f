import {
  DIST_FINDING_IDS,
  type FindingIdInfo
} from '../dist/dist-finding-ids.js'

/** The ids of every check but the artifact ones, in the order checks run. */
const RELEASE_FINDING_IDS: readonly FindingIdInfo[] = [
  {
    id: 'tag/missing',
    meaning: 'release mode without a tag',
    fix: 'run on a tag push or a `release` event, or pass `tag`; use `mode: readiness` on branches'
  },
  {
    id: 'tag/prefix',
    meaning: 'the tag does not start with `tag-prefix`',
    fix: 'set `tag-prefix` to what your tags start with (the message suggests it)'
  },
  {
    id: 'tag/not-pep440',
    meaning: 'what follows the prefix is not a PEP 440 version',
    fix: 'tag as `<prefix><version>`, e.g. `v1.2.0` or `v1.2.0rc1`'
  },
  {
    id: 'tag/not-semver',
    meaning: 'under `version-scheme: semver` the tag is not strict SemVer 2.0',
    fix: 'tag as `MAJOR.MINOR.PATCH[-PRERELEASE]`, or use `version-scheme: pep440`'
  },
  {
    id: 'tag/not-head',
    meaning: 'an explicitly given tag does not point at the checked-out commit',
    fix: 'check out the tag (`actions/checkout` with `ref:` the tag)'
  },
  {
    id: 'tag/not-in-checkout',
    meaning:
      'the given tag is not in this clone (notice: it may not exist yet)',
    fix: 'fetch tags, or create the tag before releasing'
  },
  {
    id: 'tag/git-unavailable',
    meaning:
      'git could not be asked, so HEAD was not compared with the tag (notice)',
    fix: 'run after `actions/checkout`'
  },
  {
    id: 'version/mismatch',
    meaning:
      "the tag's version differs from the declared one; both are quoted with the declaration's file and line",
    fix: 'change the declaration or move the tag'
  },
  {
    id: 'version/invalid',
    meaning: 'the declared version is not PEP 440',
    fix: 'use a version such as `1.2.0`, `1.2.0rc1` or `1.2.0.post1`'
  },
  {
    id: 'version/not-normalized',
    meaning:
      'the declared version is valid but not in normalized form (warning)',
    fix: 'write the normalized spelling the message gives'
  },
  {
    id: 'version/unresolved',
    meaning:
      'the version could not be read statically; the message says which source was tried',
    fix: 'set what the hint names (a static version, or the file the backend reads)'
  },
  {
    id: 'version/file-missing',
    meaning: 'a file the version source names does not exist',
    fix: 'fix the path in pyproject.toml'
  },
  {
    id: 'version/dynamic-without-source',
    meaning: '`dynamic = ["version"]` but no backend setting provides it',
    fix: "configure the backend's version source"
  },
  {
    id: 'version/static-and-dynamic',
    meaning: '`[project].version` is set and also listed in `dynamic`',
    fix: 'keep one of them'
  },
  {
    id: 'version/not-dynamic',
    meaning:
      'a version source is configured but `[project]` does not list `version` in `dynamic` (warning)',
    fix: 'add `dynamic = ["version"]`'
  },
  {
    id: 'version/no-pyproject',
    meaning: 'no pyproject.toml in `working-directory`',
    fix: 'set `working-directory` to the folder holding it'
  },
  {
    id: 'version/vcs-shallow-clone',
    meaning:
      'a VCS-derived version would be built from a shallow clone or without tags (warning)',
    fix: '`actions/checkout` with `fetch-depth: 0`'
  },
  {
    id: 'version/vcs-not-at-tag',
    meaning: 'a VCS-derived version would be built off the tag (warning)',
    fix: 'check out the tagged commit'
  },
  {
    id: 'version/vcs-dirty-tree',
    meaning: 'a VCS-derived version would carry a dirty-tree suffix (warning)',
    fix: 'commit or discard the listed changes before building'
  },
  {
    id: 'pyproject/invalid-toml',
    meaning: 'pyproject.toml does not parse; the line is given',
    fix: 'fix the TOML syntax'
  },
  {
    id: 'file/too-large',
    meaning: 'a project file is too large to be a real one and was not read',
    fix: 'point the version source at the right file'
  },
  {
    id: 'changelog/not-found',
    meaning: 'no changelog was found, or the named one is missing',
    fix: 'set `changelog`, or `none` to publish generated notes'
  },
  {
    id: 'changelog/entry-missing',
    meaning:
      'no entry for the release; the message names the nearest entries and where to add one',
    fix: 'add the entry, or set `changelog-required: false`'
  },
  {
    id: 'changelog/entry-empty',
    meaning: "the release's entry has no content",
    fix: 'write the notes under its heading'
  },
  {
    id: 'changelog/entry-unreleased',
    meaning: "the release's entry still says it is unreleased (warning)",
    fix: 'replace the marker with the release date'
  },
  {
    id: 'changelog/duplicate-entry',
    meaning: 'two entries name the same version (warning)',
    fix: 'merge them'
  },
  {
    id: 'changelog/out-of-order',
    meaning: 'entries are not newest first by PEP 440 order (warning)',
    fix: 'move the named entry'
  },
  {
    id: 'changelog/unreleased-not-empty',
    meaning:
      'at release time the Unreleased section still holds items (warning)',
    fix: "move them into the release's entry"
  },
  {
    id: 'changelog/date-invalid',
    meaning: "the entry's date is not a real date (warning)",
    fix: 'write it as YYYY-MM-DD'
  },
  {
    id: 'changelog/date-in-future',
    meaning: 'the entry is dated after today (warning)',
    fix: 'date it with the release day'
  },
  {
    id: 'changelog/date-missing',
    meaning: 'the entry has no date while the other entries do (notice)',
    fix: 'add the date'
  },
  {
    id: 'changelog/yanked',
    meaning: "the release's entry carries a yanked marker",
    fix: 'release a new version instead'
  },
  {
    id: 'dist/missing',
    meaning: 'the dist folder does not exist while an input asks for artifacts',
    fix: 'download the artifacts into it (`merge-multiple: true`), or set `dist`'
  },
  {
    id: 'index/version-exists',
    meaning: 'the version is already on the index (yanking does not free it)',
    fix: 'bump the version and tag again'
  },
  {
    id: 'index/already-published',
    meaning:
      'every artifact is already on the index with the same digest: a re-run (notice)',
    fix: 'skip the publish step when `already-published` is true'
  },
  {
    id: 'index/not-newest',
    meaning:
      'the version is below the newest release on the index (notice; `make-latest: false`)',
    fix: 'nothing, for a backport'
  },
  {
    id: 'index/new-project',
    meaning: 'the project is not on the index yet (notice)',
    fix: 'add a pending trusted publisher before the first upload'
  },
  {
    id: 'index/unreachable',
    meaning: 'the index could not be asked (warning)',
    fix: 'check `index-url`; `strict` makes this fail'
  },
  {
    id: 'readiness/nothing-to-release',
    meaning: 'the version equals the latest release tag (notice)',
    fix: 'bump the version to release'
  },
  {
    id: 'readiness/release-pending',
    meaning:
      'the version is above the latest release tag: merging releases it (notice)',
    fix: 'tag after merging'
  },
  {
    id: 'readiness/first-release',
    meaning: 'no release tag yet (notice)',
    fix: 'nothing'
  },
  {
    id: 'readiness/version-regressed',
    meaning: 'the version is below the latest release tag',
    fix: 'raise the version above the last release'
  },
  {
    id: 'readiness/tags-unavailable',
    meaning: 'release tags could not be listed (warning)',
    fix: '`fetch-depth: 0`, or keep `github-token` set'
  },
  {
    id: 'publish/not-gated',
    meaning: 'the publish job does not wait for the job running this check',
    fix: 'add `needs:` on that job'
  },
  {
    id: 'publish/id-token-missing',
    meaning: 'a trusted-publishing job has no `id-token: write`',
    fix: 'grant it on the publish job'
  },
  {
    id: 'publish/id-token-too-wide',
    meaning: '`id-token: write` reaches jobs that do not publish (warning)',
    fix: 'grant it on the publish job only'
  },
  {
    id: 'publish/no-environment',
    meaning: 'the publish job has no `environment:` (warning)',
    fix: 'add `environment: pypi` and name it in the trusted publisher'
  },
  {
    id: 'publish/reusable-workflow',
    meaning: 'the publish step sits in a reusable workflow (warning)',
    fix: 'publish from the calling workflow, or name the reusable file in the publisher'
  },
  {
    id: 'publish/environment-mismatch',
    meaning:
      "the publish job's environment differs from the `environment` input (notice)",
    fix: 'make them agree'
  }
]

/** Every finding id any check can report, with its meaning and fix. */
export const FINDING_CATALOG: readonly FindingIdInfo[] = [
  ...RELEASE_FINDING_IDS,
  ...DIST_FINDING_IDS
]
