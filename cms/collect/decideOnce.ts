/**
 * Makes a decision with side effects (a course draft, a purchase) happen
 * exactly once per submission, even when two editors click at the same
 * moment: the first to claim the submission in the database wins; the other
 * is refused. The claim is one conditional update, atomic on any server.
 */
import type { PayloadRequest } from 'payload'
import { ObjectId } from 'mongodb'
import { refuseField } from '../errors/refuseFields.ts'

interface ClaimModel {
  updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>
}

function model(req: PayloadRequest): ClaimModel {
  return (req.payload.db as unknown as { collections: Record<string, ClaimModel> }).collections.submissions!
}

const keyOf = (id: string | number) => (typeof id === 'string' && ObjectId.isValid(id) ? new ObjectId(id) : id)

export async function claimDecision(req: PayloadRequest, id: string | number, action: string): Promise<void> {
  const claimed = await model(req).updateOne({ _id: keyOf(id), decisionClaim: null }, { $set: { decisionClaim: action } })
  if (claimed.modifiedCount === 0) {
    refuseField(req, 'submissions', 'action', '这份申报已经作出决定，请刷新后查看。A decision on this submission has already been made; reload to see it.')
  }
}

/** Gives the claim back when the side effects could not be completed. */
export async function releaseDecision(req: PayloadRequest, id: string | number): Promise<void> {
  await model(req).updateOne({ _id: keyOf(id) }, { $set: { decisionClaim: null } })
}
