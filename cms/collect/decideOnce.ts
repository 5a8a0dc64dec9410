/**
 * Makes a decision with side effects (a course draft, a purchase) happen
 * exactly once per submission, even when two editors click at the same
 * moment. The claim is a record of its own, keyed by the submission: its
 * insert is atomic on any server (FerretDB included), and no save of the
 * submission can overwrite it, because Payload writes the whole document and
 * a slower save would otherwise write its stale copy of the claim back. The
 * winner records what it decided on the claim once done, so a loser whose
 * stale save landed last can put the winner's decision back.
 */
import type { Collection } from 'mongodb'
import type { PayloadRequest } from 'payload'
import { isDuplicateKey } from '../../server/database/duplicateKey.ts'
import { payloadDb } from '../database/payloadDb.ts'
import { refuseField } from '../errors/refuseFields.ts'

export const ALREADY_DECIDED =
  '这份申报已经作出决定，请刷新后查看。A decision on this submission has already been made; reload to see it.'

/** What the winner wrote to the submission, kept so a loser can restore it. */
export type DecidedFields = {
  state: string
  history: unknown[]
  decisionReason: string | null
  course: string | null
  purchase: string | null
  decisionClaim: string
}

interface DecisionClaim {
  _id: string
  action: string
  at: Date
  decided?: DecidedFields
}

export const DECISION_CLAIMS = 'submission_decision_claims'

const claims = (req: PayloadRequest): Collection<DecisionClaim> =>
  payloadDb(req.payload).collection<DecisionClaim>(DECISION_CLAIMS)

export function refuseAsDecided(req: PayloadRequest): never {
  return refuseField(req, 'submissions', 'action', ALREADY_DECIDED)
}

/** Whether a decision holds the submission now. */
export async function isClaimed(req: PayloadRequest, id: string): Promise<boolean> {
  return (await claims(req).findOne({ _id: id })) !== null
}

/** Takes the claim for `action`; false when another decision holds it. */
export async function claimDecision(req: PayloadRequest, id: string, action: string): Promise<boolean> {
  try {
    await claims(req).insertOne({ _id: id, action, at: new Date() })
    return true
  } catch (error) {
    if (isDuplicateKey(error)) return false
    throw error
  }
}

/** Notes what the winning decision wrote, once it is complete. */
export async function recordDecided(req: PayloadRequest, id: string, decided: DecidedFields): Promise<void> {
  await claims(req).updateOne({ _id: id }, { $set: { decided } })
}

/** What the winning decision wrote, once it has; null while it is still being carried out. */
export async function decidedFields(req: PayloadRequest, id: string): Promise<DecidedFields | null> {
  return (await claims(req).findOne({ _id: id }))?.decided ?? null
}

/** Gives the claim back when the side effects could not be completed. */
export async function releaseDecision(req: PayloadRequest, id: string): Promise<void> {
  await claims(req).deleteOne({ _id: id })
}
