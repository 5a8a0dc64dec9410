/**
 * Orders and facet counts over in-memory documents, with the database's
 * meaning. Values compare as MongoDB's sort does for the types the public
 * documents hold: missing and null first, then numbers, strings, booleans
 * and dates, each in its natural order; an array field sorts by its
 * smallest element ascending and its largest descending.
 */
import type { Document } from 'mongodb'

const RANK = { null: 0, number: 1, string: 2, object: 3, boolean: 4, date: 5 } as const

function rankOf(value: unknown): number {
  if (value === null || value === undefined) return RANK.null
  if (value instanceof Date) return RANK.date
  if (typeof value === 'number') return RANK.number
  if (typeof value === 'string') return RANK.string
  if (typeof value === 'boolean') return RANK.boolean
  return RANK.object
}

function compareValues(a: unknown, b: unknown): number {
  const ranks = rankOf(a) - rankOf(b)
  if (ranks !== 0) return ranks
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime()
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return 0
}

function pathValue(doc: Document, path: string): unknown {
  let node: unknown = doc
  for (const part of path.split('.')) node = (node as Record<string, unknown> | null | undefined)?.[part]
  return node
}

/** An array sorts by its smallest element ascending, its largest descending; an empty one as missing. */
function sortKey(value: unknown, direction: 1 | -1): unknown {
  if (!Array.isArray(value)) return value
  if (value.length === 0) return undefined
  return value.reduce((best: unknown, item: unknown) => (compareValues(item, best) * direction < 0 ? item : best))
}

export function compareBy(sort: Record<string, 1 | -1>): (a: Document, b: Document) => number {
  const fields = Object.entries(sort)
  return (a, b) => {
    for (const [path, direction] of fields) {
      const order =
        compareValues(sortKey(pathValue(a, path), direction), sortKey(pathValue(b, path), direction)) * direction
      if (order !== 0) return order
    }
    return 0
  }
}

export interface FacetCount {
  match: Document
  field: string
  unwind: boolean
}

/** The facet pipeline's shape, `[$match, $unwind "$f"?, $group {_id: "$f", count: {$sum: 1}}]`, or null for any other. */
export function facetCountOf(pipeline: Document[]): FacetCount | null {
  const [match, ...rest] = pipeline
  if (!match || Object.keys(match).join() !== '$match') return null
  const group = rest.at(-1)
  const unwind = rest.length === 2 ? rest[0] : undefined
  if (!group || rest.length > 2 || Object.keys(group).join() !== '$group') return null
  const spec = group.$group as Document
  if (Object.keys(spec).sort().join() !== '_id,count' || typeof spec._id !== 'string' || !spec._id.startsWith('$'))
    return null
  if (JSON.stringify(spec.count) !== '{"$sum":1}') return null
  const field = spec._id.slice(1)
  if (field.includes('.')) return null
  if (unwind && (Object.keys(unwind).join() !== '$unwind' || unwind.$unwind !== `$${field}`)) return null
  return { match: match.$match as Document, field, unwind: Boolean(unwind) }
}
