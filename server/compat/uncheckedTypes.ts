/**
 * The only places where production code tells TypeScript something it
 * cannot check, in one module so each stays visible and explained. Anything
 * else takes its types from their source: Payload's generated types, the
 * driver's `Filter<T>`, type-graphql's own option types.
 *
 * Each function below says why its assertion is needed and what makes it
 * true at run time; a new one belongs here, with its reason, or nowhere.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Document } from 'mongodb'
import type { BaseDatabaseAdapter, Payload } from 'payload'
import type { ReadCollection } from '../database/readStore.ts'

/**
 * An adapter as `init` returns it is typed as Payload's BaseDatabaseAdapter.
 * The hub configures only `@payloadcms/db-mongodb` (cms/compat/ferretdb.ts),
 * and FerretDB's fixes read its mongoose models.
 */
export function mongooseAdapterOf(adapter: BaseDatabaseAdapter): MongooseAdapter {
  return adapter as unknown as MongooseAdapter
}

/**
 * The adapter's methods by name, for wrapping them in place. Payload types
 * each method with its own arguments; the FerretDB fixes handle them all
 * alike (they only read `select`, `data`, `collection`, `id`, `where`), and
 * put back functions that pass the arguments on unchanged.
 */
export function adapterMethodsOf<TMethod>(adapter: BaseDatabaseAdapter): Record<string, TMethod> {
  return adapter as unknown as Record<string, TMethod>
}

/**
 * A collection of the in-memory read model, typed as its caller names it.
 * Like the driver's `db.collection<T>(name)`, the name decides what is
 * stored, and the type is the caller's word for it: the read model holds
 * exactly the documents the catalogue and registry write under that name.
 */
export function readCollectionAs<T extends Document, S extends Document>(
  collection: ReadCollection<S>,
): ReadCollection<T> {
  return collection as unknown as ReadCollection<T>
}

/**
 * The benches that serve only the public graph start the hub without a CMS.
 * Public queries read the read model and never reach Payload; a signed-in
 * query against such a hub would fail loudly on the missing instance.
 */
export function withoutCms(): Payload {
  return null as unknown as Payload
}
