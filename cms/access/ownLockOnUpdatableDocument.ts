/**
 * Access rule for taking an edit lock: only on a document the user may
 * change, and only in the user's own name. A lock in someone else's name, or
 * on someone else's document, would block their saves.
 */
import type { Access } from 'payload'
import { mayUpdate, namesRequester } from '../locks/lockableDocuments.ts'

export const ownLockOnUpdatableDocument: Access = async ({ req, data }) => {
  const lock = (data ?? {}) as { user?: unknown; document?: unknown; globalSlug?: unknown }
  // The hub has no globals, so a lock always names a document.
  return !lock.globalSlug && namesRequester(req, lock.user) && (await mayUpdate(req, lock.document))
}
