/**
 * A value built on first use. A regular expression with Unicode property
 * classes (`\p{L}`) takes V8 long enough to build that a module building
 * several at load time adds visibly to every start-up, needed or not.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}
