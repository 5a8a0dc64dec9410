/**
 * The part of the database API the public graph reads with: find (with sort
 * and limit), findOne, countDocuments and aggregate. Public resolvers and
 * loaders take a ReadDb, so the same MongoDB query documents run against the
 * in-memory read model or, on the fallback path, against the database.
 */
import type { AggregateOptions, CountDocumentsOptions, Db, Document, Filter, FindOptions, Sort } from 'mongodb'

export interface ReadCursor<T> {
  sort(sort: Sort): ReadCursor<T>
  limit(count: number): ReadCursor<T>
  toArray(): Promise<T[]>
}

export interface ReadCollection<T extends Document> {
  find(filter: Filter<T>, options?: FindOptions): ReadCursor<T>
  findOne(filter: Filter<T>, options?: FindOptions): Promise<T | null>
  countDocuments(filter: Filter<T>, options?: CountDocumentsOptions): Promise<number>
  aggregate<R extends Document>(pipeline: Document[], options?: AggregateOptions): { toArray(): Promise<R[]> }
}

export interface ReadDb {
  collection<T extends Document>(name: string): ReadCollection<T>
}

/** The database itself is a ReadDb: the fallback path, and what CLI tools read. */
export const databaseReads = (db: Db): ReadDb => db
