/** Keeps the published catalogue in step with a collection after every save and delete. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Projector } from './projectors.ts'

export function catalogueHooks(projector: Projector): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ doc, operation, req }) => {
      // A draft save of an existing document leaves its live copy as it was (see rememberDraftSave).
      if (operation === 'update' && req.context.savingDraft) return doc
      await projector.project(req.payload, doc.id, req)
      return doc
    },
    afterDelete: async ({ id, req }) => {
      await projector.remove(req.payload, id)
    },
  }
}
