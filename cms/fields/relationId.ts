/** The id behind a relationship value, whether Payload gave it as an id or as the populated document. */
export function relationId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return String((value as { id: string | number }).id)
  return String(value)
}
