/**
 * Edit locks (`payload-locked-documents`) follow the documents they lock: a
 * lock says who is editing what, so only someone who may change a document
 * may lock or release it, and only someone who may read it may see that it
 * is being edited. These helpers put a user's rights on the locked
 * collections into terms of the locks collection.
 */
import type { AccessResult, CollectionSlug, PayloadRequest, Where } from 'payload'

export const LOCKS = 'payload-locked-documents'

type Right = 'read' | 'update'

/** The collections Payload lets the admin lock: those its locks collection points to. */
function lockableCollections(req: PayloadRequest): CollectionSlug[] {
  const field = req.payload.collections[LOCKS]?.config.fields.find(
    (candidate) => 'name' in candidate && candidate.name === 'document',
  )
  return field && field.type === 'relationship' && Array.isArray(field.relationTo) ? field.relationTo : []
}

/** The collection's own rule for this user: everything, nothing, or a query. */
async function ruleOf(req: PayloadRequest, slug: CollectionSlug, right: Right, id?: string): Promise<AccessResult> {
  const rule = req.payload.collections[slug]?.config.access[right]
  return rule ? rule({ req, id }) : false
}

/**
 * Locks on documents the user may read (or update), as a query on the locks
 * collection; false when there are none. A collection the user may see only
 * in part is narrowed to the ids of that part.
 */
export async function locksWhereUserMay(req: PayloadRequest, right: Right): Promise<Where | false> {
  if (!req.user) return false
  const clauses: Where[] = []
  for (const slug of lockableCollections(req)) {
    const rule = await ruleOf(req, slug, right)
    if (rule === true) {
      clauses.push({ 'document.relationTo': { equals: slug } })
    } else if (rule) {
      const { docs } = await req.payload.find({
        collection: slug,
        where: rule,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: {},
        req,
      })
      if (docs.length > 0)
        clauses.push({
          and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { in: docs.map((doc) => doc.id) } }],
        })
    }
  }
  return clauses.length > 0 ? { or: clauses } : false
}

interface Reference {
  relationTo?: unknown
  value?: unknown
}

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value !== null && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** Whether the user may update the document a lock points to (`{ relationTo, value }`). */
export async function mayUpdate(req: PayloadRequest, document: unknown): Promise<boolean> {
  const { relationTo, value } = (document ?? {}) as Reference
  const id = idOf(value)
  const slug = lockableCollections(req).find((candidate) => candidate === relationTo)
  if (!req.user || !slug || id === null) return false
  const rule = await ruleOf(req, slug, 'update', id)
  if (rule === true || rule === false) return rule
  const { totalDocs } = await req.payload.count({
    collection: slug,
    where: { and: [{ id: { equals: id } }, rule] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Whether a lock's `user` names the requester (`{ relationTo, value }`). */
export function namesRequester(req: PayloadRequest, user: unknown): boolean {
  const { relationTo, value } = (user ?? {}) as Reference
  return Boolean(req.user) && relationTo === req.user!.collection && idOf(value) === String(req.user!.id)
}
