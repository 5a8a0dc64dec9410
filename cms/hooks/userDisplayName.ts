/**
 * How a user is named wherever the admin shows an account (送审人, 审核人,
 * a history step's account, a purchase's proposer, the users list): the
 * person's name, or their role when they have none, never their email
 * address. Kept on the user as `displayName`, the collection's title field,
 * so a relationship field shows it without reading anything else.
 */
import type { CollectionBeforeChangeHook, FieldHook, Payload } from 'payload'
import { shownAs } from '../collect/historyActor.ts'
import type { User } from '../payload-types.ts'

interface Named {
  name?: string | null
  role?: string | null
}

/** Every save names the user anew from the name and role it will have. */
export const setDisplayName: CollectionBeforeChangeHook<User> = ({ data, originalDoc }) => {
  const merged: Named = { ...originalDoc, ...data }
  return { ...data, displayName: shownAs(merged) }
}

/** A user saved before names were kept is named on reading, from what was read. */
export const displayNameOnRead: FieldHook = ({ value, siblingData }) =>
  typeof value === 'string' && value !== ''
    ? value
    : siblingData && ('name' in siblingData || 'role' in siblingData)
      ? shownAs(siblingData as Named)
      : value

/** Names, once, the users stored before `displayName` existed (the admin lists and relationship labels read it as stored). */
export async function nameUnnamedUsers(payload: Payload): Promise<void> {
  const unnamed = await payload.find({
    collection: 'users',
    where: { displayName: { exists: false } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, role: true },
  })
  for (const user of unnamed.docs) {
    await payload.db.updateOne({
      collection: 'users',
      where: { id: { equals: user.id } },
      data: { displayName: shownAs(user as Named) },
    })
  }
}
