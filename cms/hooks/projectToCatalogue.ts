/** Keeps the published catalogue in step with a collection after every save and delete. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Projector } from '../catalogue/projectors.ts'

export function catalogueHooks(projector: Projector): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, req }) => {
      await projector.project(req.payload, doc.id, req)
      return doc
    },
    afterDelete: async ({ id, req }) => {
      await projector.remove(req.payload, id)
    },
  }
}
