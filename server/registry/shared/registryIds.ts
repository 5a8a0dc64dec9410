/**
 * Registry ids: `<source>:<externalId>`. Stable (the upsert key itself),
 * readable in logs and spreadsheets, and never a database internal.
 */
export const ID_PART = /^[A-Za-z0-9_.-]{1,64}$/

export function registryId(source: string, externalId: string): string {
  return `${source}:${externalId}`
}

/** A reference as pushed: a full registry id, or a bare external id of the pushing source. */
export function resolveReference(reference: string, source: string): string {
  const trimmed = reference.trim()
  return trimmed.includes(':') ? trimmed : registryId(source, trimmed)
}
