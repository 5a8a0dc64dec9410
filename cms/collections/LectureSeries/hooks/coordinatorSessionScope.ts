/**
 * A street coordinator works on lecture series only through their sessions,
 * and only at venues of their own street: they may add, change or remove a
 * session there, and nothing else. Editors and administrators are not limited.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import stringify from 'safe-stable-stringify'
import { changedFields } from '../../../../server/domain/editorial/changedFields.ts'
import type { VenueDocument } from '../../../../server/registry/venues/venue.content.ts'
import { hasRole } from '../../../access/roles.ts'
import { refuseFields } from '../../../errors/refuseFields.ts'
import { WORKFLOW_FIELDS } from '../../../editorial/reviewFields.ts'
import { registryRecords } from '../../../registry/registryDb.ts'
import type { LectureSery } from '../../../payload-types.ts'

export const coordinatorSessionScope: CollectionBeforeChangeHook<LectureSery> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const user = req.user
  if (!user || !hasRole(user, 'coordinator')) return data
  const problems: { path: string; message: string }[] = []

  if (operation === 'update' && originalDoc) {
    const tracked = Object.keys(data).filter(
      (field) => field !== 'sessions' && !(WORKFLOW_FIELDS as readonly string[]).includes(field),
    )
    for (const path of changedFields(originalDoc, data, tracked)) {
      problems.push({ path, message: '协调员只能编辑场次。A coordinator edits sessions only.' })
    }
  }

  const before = new Map((originalDoc?.sessions ?? []).map((session) => [session.id, session]))
  const after = data.sessions ?? originalDoc?.sessions ?? []
  const touched = after
    .map((session, index) => ({ session, index }))
    .filter(({ session }) => stringify(before.get(session.id)) !== stringify(session))
  const removed = [...before.values()].filter((session) => !after.some((kept) => kept.id === session.id))
  const venueIds = [
    ...touched.map(({ session }) => session.venue),
    ...touched.map(({ session }) => before.get(session.id)?.venue),
    ...removed.map((session) => session.venue),
  ]
  const venues = await registryRecords<VenueDocument>(
    req.payload,
    'venues',
    venueIds.filter((id): id is string => typeof id === 'string' && id !== ''),
  )
  const ownStreet = (venueId: string | null | undefined) =>
    Boolean(venueId && venues.get(venueId)?.streetId === user.street)

  for (const { session, index } of touched) {
    const previous = before.get(session.id)
    if (!ownStreet(session.venue) || (previous && !ownStreet(previous.venue))) {
      problems.push({
        path: `sessions.${index}.venue`,
        message: '只能安排本街道场地的场次。Sessions may only be at venues of your street.',
      })
    }
  }
  if (removed.some((session) => !ownStreet(session.venue))) {
    problems.push({
      path: 'sessions',
      message: '不能删除其他街道场地的场次。You cannot remove sessions at other streets’ venues.',
    })
  }
  if (problems.length > 0) refuseFields(req, 'lecture-series', problems)
  return data
}
