/**
 * Makes a decision with side effects (a course draft, a purchase) happen
 * exactly once per submission, even when two editors click at the same
 * moment: the first to claim the submission in the database wins; the other
 * is refused. The claim is one conditional update, atomic on any server, and
 * is taken only after the deciding save has validated and been stored, so a
 * save that Payload refuses never leaves a claim behind.
 */
import type { PayloadRequest } from 'payload'
import { refuseField } from '../errors/refuseFields.ts'

export const ALREADY_DECIDED =
  '这份申报已经作出决定，请刷新后查看。A decision on this submission has already been made; reload to see it.'

export function refuseAsDecided(req: PayloadRequest): never {
  return refuseField(req, 'submissions', 'action', ALREADY_DECIDED)
}

/** Whether a decision holds the submission now, read from the database rather than from the save's copy. */
export async function isClaimed(req: PayloadRequest, id: string): Promise<boolean> {
  const stored = await req.payload.db.findOne<{ id: string; decisionClaim?: string | null }>({
    collection: 'submissions',
    where: { id: { equals: id } },
    select: { decisionClaim: true },
    req,
  })
  return Boolean(stored?.decisionClaim)
}

/** Takes the claim for `action`; false when another decision holds it. */
export async function claimDecision(req: PayloadRequest, id: string, action: string): Promise<boolean> {
  const claimed = await req.payload.db.updateOne({
    collection: 'submissions',
    where: {
      and: [
        { id: { equals: id } },
        { or: [{ decisionClaim: { exists: false } }, { decisionClaim: { equals: null } }] },
      ],
    },
    data: { decisionClaim: action },
    returning: true,
    req,
  })
  return Boolean(claimed)
}

/** Gives the claim back when the side effects could not be completed. */
export async function releaseDecision(req: PayloadRequest, id: string): Promise<void> {
  await req.payload.db.updateOne({
    collection: 'submissions',
    id,
    data: { decisionClaim: null },
    returning: false,
    req,
  })
}
