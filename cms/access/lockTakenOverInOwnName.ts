/**
 * Access rule for changing an edit lock (the admin's "take over"): on a lock
 * of a document the user may change, the user may put the lock in their own
 * name, never in anyone else's, and may not move it to another document they
 * could not lock.
 */
import type { Access } from 'payload'
import { locksWhereUserMay, mayUpdate, namesRequester } from '../locks/lockableDocuments.ts'

export const lockTakenOverInOwnName: Access = async ({ req, data }) => {
  const change = (data ?? {}) as { user?: unknown; document?: unknown; globalSlug?: unknown }
  if ('user' in change && !namesRequester(req, change.user)) return false
  if ('document' in change && !(await mayUpdate(req, change.document))) return false
  if (change.globalSlug) return false
  return locksWhereUserMay(req, 'update')
}
