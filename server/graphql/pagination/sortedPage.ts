/**
 * The one pagination of every list in the graph: keyset pages in any of a
 * list's declared orders (by name, newest, most credit hours, by start
 * time), always ending in `_id` so every order is total; stable under
 * inserts, no duplicates or gaps between pages, one range query per page.
 * The cursor names its order and holds the last item's sort values; it is
 * checked value by value against the order's declared types, so a hand-made
 * cursor can never smuggle an operator into the query. Totals are counted
 * only when the query asks for totalCount.
 */
import type { Document, Filter, Sort } from 'mongodb'
import { limits } from '../../config/limits.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { Connection } from './connection.ts'
import type { ReadCollection } from '../../database/readStore.ts'

export interface SortField {
  path: string
  direction: 1 | -1
  type: 'string' | 'number' | 'date'
  /** Nulls sort first ascending and last descending, as on MongoDB. */
  nullable?: boolean
}

export interface SortOrder {
  /** Names the order inside cursors, so a cursor of one order is refused by another. */
  key: string
  fields: SortField[]
}

/** Registry lists: by name, then id. */
export const BY_NAME: SortOrder = { key: 'name', fields: [{ path: 'name', direction: 1, type: 'string' }] }

export type CursorValue = string | number | null

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return limits.pagination.defaultPageSize
  if (!Number.isInteger(first) || first < 0 || first > limits.pagination.maxPageSize) {
    throw new BadInputError(
      `first 须在 0–${limits.pagination.maxPageSize} 之间。first must be 0–${limits.pagination.maxPageSize}.`,
      [{ path: 'first', reason: `must be between 0 and ${limits.pagination.maxPageSize}` }],
    )
  }
  return first
}

const invalidCursor = () =>
  new BadInputError('无效的分页游标。Invalid cursor.', [
    { path: 'after', reason: 'not a cursor this API issued for this order' },
  ])

function valueOf(doc: Document, field: SortField): CursorValue {
  const value = field.path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | null | undefined)?.[part], doc)
  if (value === null || value === undefined) return null
  return value instanceof Date ? value.getTime() : (value as string | number)
}

export function encodeSortCursor(order: SortOrder, doc: Document & { _id: string }): string {
  return Buffer.from(
    JSON.stringify([order.key, ...order.fields.map((field) => valueOf(doc, field)), doc._id]),
    'utf8',
  ).toString('base64url')
}

export function decodeSortCursor(order: SortOrder, cursor: string): { values: CursorValue[]; id: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  if (!Array.isArray(parsed) || parsed.length !== order.fields.length + 2 || parsed[0] !== order.key)
    throw invalidCursor()
  const id = parsed.at(-1)
  if (typeof id !== 'string') throw invalidCursor()
  const values = parsed.slice(1, -1) as unknown[]
  order.fields.forEach((field, index) => {
    const value = values[index]
    if (value === null && field.nullable) return
    const expected = field.type === 'string' ? 'string' : 'number'
    if (typeof value !== expected || (expected === 'number' && !Number.isFinite(value))) throw invalidCursor()
  })
  return { values: values as CursorValue[], id }
}

const stored = (field: SortField, value: CursorValue): unknown =>
  field.type === 'date' && value !== null ? new Date(value) : value

/** Documents strictly after `value` on one field, in that field's direction; null when none can be. */
function beyond(field: SortField, value: CursorValue): Document | null {
  if (field.direction === 1)
    return value === null ? { [field.path]: { $ne: null } } : { [field.path]: { $gt: stored(field, value) } }
  if (value === null) return null
  const below = { [field.path]: { $lt: stored(field, value) } }
  return field.nullable ? { $or: [below, { [field.path]: null }] } : below
}

/** The filter for "after this cursor": equal on a prefix of the order, then beyond on the next field. */
export function afterFilter(order: SortOrder, values: CursorValue[], id: string): Document {
  const branches: Document[] = []
  const equal: Document[] = []
  order.fields.forEach((field, index) => {
    const next = beyond(field, values[index]!)
    if (next) branches.push({ $and: [...equal, next] })
    equal.push({ [field.path]: stored(field, values[index]!) })
  })
  branches.push({ $and: [...equal, { _id: { $gt: id } }] })
  return { $or: branches }
}

export function sortOf(order: SortOrder): Sort {
  return Object.fromEntries([...order.fields.map((field) => [field.path, field.direction]), ['_id', 1]]) as Sort
}

export interface SortedPageArgs {
  first?: number | null
  after?: string | null
  /** Count the matches: only when the query asks for totalCount (a count is a second read). */
  withTotal?: boolean
}

/** A connection of `size` requested items from `fetched` (one more than the page when another follows). */
export function connectionOf<TDoc, TNode>(
  fetched: TDoc[],
  size: number,
  hasPrevious: boolean,
  totalCount: number,
  cursorOf: (doc: TDoc) => string,
  toNode: (doc: TDoc) => TNode,
): Connection<TNode> {
  const edges = fetched.slice(0, size).map((doc) => ({ cursor: cursorOf(doc), node: toNode(doc) }))
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: fetched.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

/** One page of documents in `order`, mapped to nodes, with one more fetched to know whether another page follows. */
export async function sortedPage<TDoc extends Document & { _id: string }, TNode>(
  collection: ReadCollection<TDoc>,
  filter: Filter<TDoc>,
  order: SortOrder,
  args: SortedPageArgs,
  toNode: (doc: TDoc) => TNode,
): Promise<Connection<TNode>> {
  const size = pageSize(args.first)
  const after = args.after ? decodeSortCursor(order, args.after) : undefined
  const pageFilter = after ? ({ $and: [filter, afterFilter(order, after.values, after.id)] } as Filter<TDoc>) : filter
  const maxTimeMS = limits.database.maxTimeMS
  const [docs, totalCount] = await Promise.all([
    collection
      .find(pageFilter, { maxTimeMS, batchSize: size + 1 })
      .sort(sortOf(order))
      .limit(size + 1)
      .toArray() as Promise<TDoc[]>,
    args.withTotal ? collection.countDocuments(filter, { maxTimeMS }) : Promise.resolve(0),
  ])
  return connectionOf(docs, size, Boolean(after), totalCount, (doc) => encodeSortCursor(order, doc), toNode)
}
