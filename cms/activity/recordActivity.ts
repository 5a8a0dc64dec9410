/**
 * Who did what, as the workflows decide it: a workflow hook notes each step
 * it takes on the save's request, and the collection's afterChange hook
 * writes the notes, with the document's id and title, into the activity log
 * within the same save (a refused or rolled-back save logs nothing).
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { ActivityAction, LoggedCollection } from './activityActions.ts'
import { shownAs } from '../collect/historyActor.ts'

interface Noted {
  collection: LoggedCollection
  action: ActivityAction
  comment: string | null
}

const NOTES = 'activityNotes'

export function noteActivity(
  req: PayloadRequest,
  collection: LoggedCollection,
  action: ActivityAction,
  comment: string | null = null,
): void {
  if (!req.user) return
  ;((req.context[NOTES] ??= []) as Noted[]).push({ collection, action, comment })
}

const titleOf = (doc: Record<string, unknown>, field: string): string => {
  const value = doc[field]
  if (typeof value === 'string') return value
  if (value && typeof value === 'object')
    return String((value as Record<string, unknown>).zh ?? Object.values(value)[0] ?? '')
  return ''
}

/** Writes what this save's workflow noted for `collection`; `titleField` names the document in the log. */
export function writeActivity(collection: LoggedCollection, titleField = 'title'): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const notes = (req.context[NOTES] as Noted[] | undefined) ?? []
    const mine = notes.filter((note) => note.collection === collection)
    if (mine.length === 0 || !req.user) return doc
    req.context[NOTES] = notes.filter((note) => note.collection !== collection)
    const user = req.user
    for (const note of mine) {
      await req.payload.create({
        collection: 'activity',
        data: {
          action: note.action,
          targetCollection: collection,
          documentId: String(doc.id),
          title: titleOf(doc, titleField) || String(doc.id),
          actor: String(user.id),
          // A name or a role, never an address (the same rule as every other place an account is shown).
          actorName: shownAs(user),
          comment: note.comment,
        },
        overrideAccess: true,
        req,
      })
    }
    return doc
  }
}
