/**
 * Counting facets on the database. FerretDB 1.24 runs `$match`, `$unwind`
 * (string form) and `$group` with `$sum` (not `$facet` or `$sortByCount`), so
 * each facet is one small aggregation whose answer is bounded by its
 * vocabulary; a street facet then maps its keys to streets through the
 * request's loaders.
 */
import type { Document, Filter } from 'mongodb'
import { limits } from '../../config/limits.ts'
import type { Loaders } from '../../graphql/loaders/createLoaders.ts'
import { toStreet } from '../../registry/places/placeNodes.ts'
import type { StreetCount } from './facets.type.ts'
import type { ReadCollection } from '../../database/readStore.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

export type Counts = Map<string, number>

/** How many matches hold each value of `field` (an array field when `unwind`). */
export async function countBy<TDoc extends Document>(
  collection: ReadCollection<TDoc>,
  filter: Filter<TDoc>,
  field: string,
  unwind: boolean,
): Promise<Counts> {
  const pipeline: Document[] = [
    { $match: filter },
    ...(unwind ? [{ $unwind: `$${field}` }] : []),
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
  ]
  const groups = await collection
    .aggregate<{ _id: unknown; count: number }>(pipeline, { maxTimeMS: limits.database.maxTimeMS })
    .toArray()
  return new Map(
    groups.filter((group) => typeof group._id === 'string').map((group) => [group._id as string, group.count]),
  )
}

/** Largest first, then by value, as `{ [key]: value, count }` rows. */
export function sortedCounts<K extends string>(
  counts: Counts,
  key: K,
): Array<{ [P in K]: string } & { count: number }> {
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([value, count]) => ({ [key]: value, count }) as { [P in K]: string } & { count: number })
}

/** Counts per street id as StreetCount rows with their streets (unknown streets left out). */
export async function streetCounts(counts: Counts, loaders: Loaders): Promise<StreetCount[]> {
  const rows = sortedCounts(counts, 'street')
  const streets = await loadAll(
    loaders.street,
    rows.map((row) => row.street),
  )
  return rows.flatMap((row, index) => {
    const street = streets[index]
    return street ? [{ street: toStreet(street), count: row.count }] : []
  })
}
