/**
 * Keyset pagination over (name, _id): stable under inserts, no duplicates or
 * gaps between pages, and one indexed range query per page. The cursor is
 * opaque to clients.
 */
import type { Document, Filter } from 'mongodb'
import { limits } from '../../config/limits.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { Connection } from './connection.ts'
import type { ReadCollection } from '../../database/readStore.ts'

export interface PageArgs {
  first?: number | null
  after?: string | null
  /** Count the matches only when the query asks for totalCount. */
  withTotal?: boolean
}

export function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id]), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) return value as [string, string]
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('无效的分页游标。Invalid cursor.', [{ path: 'after', reason: 'not a cursor this API issued' }])
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return limits.pagination.defaultPageSize
  if (!Number.isInteger(first) || first < 0 || first > limits.pagination.maxPageSize) {
    throw new BadInputError(`first 须在 0–${limits.pagination.maxPageSize} 之间。first must be 0–${limits.pagination.maxPageSize}.`, [
      { path: 'first', reason: `must be between 0 and ${limits.pagination.maxPageSize}` },
    ])
  }
  return first
}

/** One page of documents sorted by name, then id, mapped to nodes. */
export async function keysetPage<TDoc extends Document & { _id: string; name: string }, TNode>(
  collection: ReadCollection<TDoc>,
  filter: Filter<TDoc>,
  args: PageArgs,
  toNode: (doc: TDoc) => TNode,
  maxTimeMS: number,
): Promise<Connection<TNode>> {
  const size = pageSize(args.first)
  const after = args.after ? decodeCursor(args.after) : undefined
  const pageFilter: Filter<TDoc> = after
    ? ({ $and: [filter, { $or: [{ name: { $gt: after[0] } }, { name: after[0], _id: { $gt: after[1] } }] }] } as Filter<TDoc>)
    : filter
  const [docs, totalCount] = await Promise.all([
    // One more than the page, to know whether another page follows.
    collection.find(pageFilter, { maxTimeMS, batchSize: size + 1 }).sort({ name: 1, _id: 1 }).limit(size + 1).toArray() as Promise<TDoc[]>,
    args.withTotal === false ? Promise.resolve(0) : collection.countDocuments(filter, { maxTimeMS }),
  ])
  const page = docs.slice(0, size)
  const edges = page.map((doc) => ({ cursor: encodeCursor(doc.name, doc._id), node: toNode(doc) }))
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: docs.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}
