/** The CLI's usage text. */
export const HELP = `pypi-preflight: check that a Python release is exactly what you mean to ship.

Usage:
  pypi-preflight check [--<input> VALUE ...] [--json]
      The whole check, as the GitHub Action runs it. Every action input is
      a flag of the same name, e.g.
        pypi-preflight check --tag v1.2.3
        pypi-preflight check --mode readiness --working-directory bindings/python
      Exit 0 when it passes (warnings included, unless --strict), 1 when it
      fails, 2 on bad usage.

  pypi-preflight version [--json] [--sort] [VERSION ...]
      Each version (or each line of standard input) with its normalized
      PEP 440 form; --json prints one object a line; --sort prints the valid
      ones normalized, ascending in PEP 440 order:
        git tag | pypi-preflight version --sort
      Exit 1 when any version is invalid.

  pypi-preflight notes --version V [--changelog FILE] [--json]
      The release notes for V as the action would publish them (from the
      changelog in --working-directory, auto-detected unless --changelog is
      given). Exit 1 with the reason when there is no usable entry.

  pypi-preflight help
      This text.

Inputs (see the README for defaults and meanings):
  --mode --tag --tag-prefix --working-directory --version-scheme --changelog
  --changelog-required --dist --expected-wheels --expected-platforms
  --require-sdist --check-index --index-url --release-notes-file
  --append-index-link --upload-artifact --trusted-publishing --environment
  --ignore --strict --github-token
`
