/**
 * Access rule for calls: editors see every call; coordinators see open calls;
 * partners see open calls and the calls their institution submitted to, so a
 * partner still reads the title of the call its decided submission answered
 * after that call has closed.
 */
import type { Access, Where } from 'payload'
import type { Call } from '../payload-types.ts'
import { hasRole } from './roles.ts'

export const openCallsOrEditor: Access<Call> = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const open: Where = { status: { equals: 'open' } }
  if (hasRole(req.user, 'coordinator')) return open
  if (!hasRole(req.user, 'partner')) return false
  const institution = req.user?.institution
  if (!institution) return open
  const answered = await req.payload.find({
    collection: 'submissions',
    where: { institution: { equals: institution }, call: { exists: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { call: true },
    req,
  })
  const callIds = [
    ...new Set(
      answered.docs
        .map((doc) => (typeof doc.call === 'object' && doc.call ? String(doc.call.id) : String(doc.call ?? '')))
        .filter(Boolean),
    ),
  ]
  return callIds.length === 0 ? open : { or: [open, { id: { in: callIds } }] }
}
