/**
 * The release's page on a PyPI-like index: `{index}/project/{name}/{version}/`,
 * the address PyPI and TestPyPI (and Warehouse deployments) serve.
 */
export function indexPageUrl(
  indexUrl: string,
  name: string,
  version: string
): string {
  const base = indexUrl.replace(/\/+$/, '')
  return `${base}/project/${encodeURIComponent(name)}/${encodeURIComponent(version)}/`
}
