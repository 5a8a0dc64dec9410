/**
 * Reversible key escaping for documents stored on FerretDB, which refuses
 * keys that start with `$` or contain `.`. Values are left alone.
 */
const DOLLAR = '$'
const DOT = '.'
const SAFE_DOLLAR = '\uFF04' // ＄
const SAFE_DOT = '\uFF0E' // ．

function mapKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapKeys(item, rename))
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) out[rename(key)] = mapKeys(inner, rename)
  return out
}

export function escapeKeys<T>(value: T): T {
  return mapKeys(value, (key) => {
    const dotted = key.split(DOT).join(SAFE_DOT)
    return dotted.startsWith(DOLLAR) ? SAFE_DOLLAR + dotted.slice(1) : dotted
  }) as T
}

export function unescapeKeys<T>(value: T): T {
  return mapKeys(value, (key) => {
    const undotted = key.split(SAFE_DOT).join(DOT)
    return undotted.startsWith(SAFE_DOLLAR) ? DOLLAR + undotted.slice(1) : undotted
  }) as T
}
