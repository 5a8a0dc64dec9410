/**
 * Filters compiled once by mingo and reused: the same page or loader query
 * arrives again and again, and compiling costs more than testing a few
 * hundred documents. Keyed by the filter's content (dates tagged, so a date
 * and its ISO string never share a key); a small cache, oldest dropped first.
 */
import { Query } from 'mingo'
import type { Document } from 'mongodb'

const KEPT = 500
const compiled = new Map<string, Query>()

export const filterKey = (filter: Document): string =>
  JSON.stringify(filter, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key]
    return raw instanceof Date ? { $date: raw.getTime() } : value
  })

export function compileFilter(filter: Document): Query {
  const key = filterKey(filter)
  let query = compiled.get(key)
  if (!query) {
    query = new Query(filter, {})
    compiled.set(key, query)
    if (compiled.size > KEPT) compiled.delete(compiled.keys().next().value!)
  }
  return query
}
