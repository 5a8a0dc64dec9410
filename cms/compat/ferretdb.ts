/**
 * Everything the CMS does differently on FerretDB v1, in one place. On real
 * MongoDB (flavor 'mongodb') every function here returns its input unchanged.
 *
 * FerretDB v1 gaps handled here:
 *  - findAndModify with `fields` (a projection) is not implemented: Payload's
 *    adapter sends one whenever an update or delete passes `select`, e.g. the
 *    failed-login counter. We drop `select` so the update stays atomic and
 *    return the whole document (callers only read what they selected).
 *  - `$pull` with `$in` silently removes nothing: the adapter emits it for
 *    `{ field: { $remove: [...] } }` on hasMany relationships. We turn such an
 *    update into a read of the current array and a plain `$set` of the rest.
 *  - Keys starting with `$` or containing `.` are refused: JSON and rich-text
 *    values are stored with those characters swapped for full-width ones
 *    (＄ and ．) and swapped back on read.
 *  - A unique-index conflict comes back without the field's name: we find
 *    the field so the editor is told which value clashed (duplicateKey.ts).
 *  - No `$lookup`, no index hints, no transactions on a standalone server:
 *    adapter options below.
 */
import type { DatabaseAdapterObj, Field, Plugin, Where } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseFlavor } from '../../server/database/flavor.ts'
import { explainDuplicate } from './duplicateKey.ts'
import { escapeKeys, unescapeKeys } from './escapeKeys.ts'
import { adapterMethodsOf, mongooseAdapterOf } from '../../server/compat/uncheckedTypes.ts'

export type { DatabaseFlavor }

/** Adapter options: what FerretDB needs, nothing special on MongoDB. */
export function mongoAdapterFor(url: string, flavor: DatabaseFlavor): DatabaseAdapterObj {
  const isReplicaSet = /[?&]replicaSet=/.test(url)
  const adapter = mongooseAdapter({
    url,
    ...(flavor === 'ferretdb'
      ? {
          transactionOptions: false,
          useJoinAggregations: false,
          usePipelineInSortLookup: false,
          disableIndexHints: true,
        }
      : isReplicaSet
        ? {}
        : { transactionOptions: false }),
  })
  return flavor === 'ferretdb' ? withFerretdbUpdates(adapter) : adapter
}

/** Adapter methods that turn `select` into a findAndModify projection. */
const PROJECTING_WRITES = ['updateOne', 'updateGlobal', 'updateVersion', 'updateGlobalVersion', 'deleteOne'] as const

type AnyArgs = Record<string, unknown> & {
  select?: unknown
  data?: Record<string, unknown>
  collection?: string
  id?: string | number
  where?: Where
}
type AnyMethod = (this: unknown, args: AnyArgs) => Promise<unknown>

/** Adapter writes that can hit a unique index. */
const UNIQUE_WRITES = ['create', 'updateOne'] as const

interface MongooseLikeAdapter {
  collections: Record<string, { countDocuments(filter: Record<string, unknown>): Promise<number> }>
  payload: { collections: Record<string, { config: { flattenedFields: { name: string; unique?: boolean }[] } }> }
}

function withFerretdbUpdates(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const originalInit = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const initialized = originalInit(args)
      const adapter = adapterMethodsOf<AnyMethod>(initialized)
      for (const name of PROJECTING_WRITES) {
        const original = adapter[name]!
        adapter[name] = async function (this: unknown, methodArgs: AnyArgs) {
          const { select: _dropped, ...rest } = methodArgs
          return original.call(this, name === 'updateOne' ? await resolveRemovals(adapter, rest) : rest)
        }
      }
      for (const name of UNIQUE_WRITES) {
        const original = adapter[name]!
        adapter[name] = async function (this: unknown, methodArgs: AnyArgs) {
          try {
            return await original.call(this, methodArgs)
          } catch (error) {
            const collection = String(methodArgs.collection)
            const lookup = uniqueLookup(mongooseAdapterOf(initialized), collection)
            throw await explainDuplicate(error, { ...methodArgs, collection }, lookup)
          }
        }
      }
      const originalUpdateMany = adapter.updateMany!
      adapter.updateMany = async function (this: unknown, methodArgs: AnyArgs) {
        if (findRemovals(methodArgs.data).length > 0) {
          throw new Error('FerretDB cannot $remove from many documents at once: update them one by one.')
        }
        return originalUpdateMany.call(this, methodArgs)
      }
      return initialized
    },
  }
}

function uniqueLookup(adapter: MongooseLikeAdapter, collection: string) {
  const fields = adapter.payload.collections[collection]?.config.flattenedFields ?? []
  return {
    uniqueFields: fields.filter((field) => field.unique).map((field) => field.name),
    isTaken: async (field: string, value: unknown, exceptId: unknown) => {
      const filter: Record<string, unknown> = { [field]: value }
      if (exceptId !== undefined) filter._id = { $ne: exceptId }
      return (await adapter.collections[collection]!.countDocuments(filter)) > 0
    },
  }
}

/** Top-level `{ field: { $remove: [...] } }` entries of an update. */
function findRemovals(data: Record<string, unknown> | undefined): string[] {
  if (!data) return []
  return Object.keys(data).filter((key) => {
    const value = data[key]
    return value !== null && typeof value === 'object' && !Array.isArray(value) && '$remove' in value
  })
}

async function resolveRemovals(adapter: Record<string, AnyMethod>, args: AnyArgs): Promise<AnyArgs> {
  const fields = findRemovals(args.data)
  if (fields.length === 0 || !args.data || !args.collection) return args
  const where: Where = args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {})
  const current = (await adapter.findOne!.call(adapter, { collection: args.collection, where })) as Record<
    string,
    unknown
  > | null
  const data = { ...args.data }
  for (const field of fields) {
    const remove = (data[field] as { $remove: unknown }).$remove
    const drop = new Set((Array.isArray(remove) ? remove : [remove]).map(relationId))
    const existing = Array.isArray(current?.[field]) ? (current![field] as unknown[]) : []
    data[field] = existing.filter((item) => !drop.has(relationId(item)))
  }
  return { ...args, data }
}

/** A relationship value as a comparable string: an id, or `{ relationTo, value }` for polymorphic ones. */
function relationId(item: unknown): string {
  if (item !== null && typeof item === 'object') {
    const record = item as Record<string, unknown>
    if ('relationTo' in record) return `${String(record.relationTo)}:${relationId(record.value)}`
    if ('id' in record) return String(record.id)
  }
  return String(item)
}

/**
 * A plugin that stores JSON and rich-text values with FerretDB-safe keys.
 * Added only when the flavor is FerretDB.
 */
export function ferretdbSafeKeys(flavor: DatabaseFlavor): Plugin {
  return (config) => {
    if (flavor !== 'ferretdb') return config
    return {
      ...config,
      collections: config.collections?.map((collection) => ({
        ...collection,
        fields: collection.fields.map(withSafeKeys),
      })),
      globals: config.globals?.map((global) => ({ ...global, fields: global.fields.map(withSafeKeys) })),
    }
  }
}

function withSafeKeys(field: Field): Field {
  if (field.type === 'json' || field.type === 'richText') {
    return {
      ...field,
      hooks: {
        ...field.hooks,
        beforeChange: [...(field.hooks?.beforeChange ?? []), ({ value }) => escapeKeys(value)],
        afterRead: [({ value }) => unescapeKeys(value), ...(field.hooks?.afterRead ?? [])],
      },
    }
  }
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, fields: field.fields.map(withSafeKeys) } as Field
  }
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withSafeKeys) })) }
  }
  if (field.type === 'blocks') {
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withSafeKeys) })) }
  }
  return field
}
