/**
 * The public data a delivery carries: the entity as the published catalogue
 * or the registry holds it now (never a draft: drafts never reach those
 * collections), less what only editors see and the bookkeeping of the
 * stores. A withdrawn or deleted entity has none.
 */
import type { Db, Document } from 'mongodb'
import type { ChangeKind } from '../../changes/changeLog.ts'
import { PUBLIC_COLLECTIONS } from '../../changes/publicCollections.ts'

/**
 * Fields never sent: a teacher's contact details (editors only), who pushed a
 * registry record (editors only), and what the stores keep for themselves.
 */
const PRIVATE_FIELDS = new Set(['contact', 'pushedBy', 'pushId', 'contentHash', 'openIndex', 'removed'])

/** The stored document (or null when gone), through a per-job cache: filters and payloads read the same records. */
export class EntityReader {
  private readonly cache = new Map<string, Promise<Document | null>>()

  constructor(private readonly db: Db) {}

  stored(kind: ChangeKind, id: string): Promise<Document | null> {
    const key = `${kind}/${id}`
    let found = this.cache.get(key)
    if (!found) {
      found = this.db
        .collection<{ _id: string; removed?: boolean }>(PUBLIC_COLLECTIONS[kind].name)
        .findOne({ _id: id })
        .then((document) => (document && document.removed !== true ? document : null))
      this.cache.set(key, found)
    }
    return found
  }

  /** Forget what was read: a later job must see later versions. */
  clear(): void {
    this.cache.clear()
  }
}

export function publicView(document: Document): Record<string, unknown> {
  const view: Record<string, unknown> = { id: document._id }
  for (const [key, value] of Object.entries(document)) {
    if (key === '_id' || PRIVATE_FIELDS.has(key)) continue
    view[key] = value
  }
  return view
}
