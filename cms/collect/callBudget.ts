/**
 * What a call has spent and gathered so far, read as the system: the money
 * its live purchases commit, and how many submissions it has and accepted.
 */
import type { Payload, PayloadRequest } from 'payload'

const LIVE_PURCHASE = { not_equals: 'cancelled' } as const

export async function committedCny(
  payload: Payload,
  callId: string,
  req?: PayloadRequest,
  excludePurchase?: string,
): Promise<number> {
  const purchases = await payload.find({
    collection: 'purchases',
    where: {
      and: [
        { call: { equals: callId } },
        { state: LIVE_PURCHASE },
        ...(excludePurchase ? [{ id: { not_equals: excludePurchase } }] : []),
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return purchases.docs.reduce((sum, purchase) => sum + (purchase.priceCny ?? 0), 0)
}

export async function callProgress(payload: Payload, callId: string, req?: PayloadRequest) {
  const count = async (states: string[]) =>
    (
      await payload.count({
        collection: 'submissions',
        where: { and: [{ call: { equals: callId } }, { state: { in: states } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs
  return {
    submissions: await count(['submitted', 'in_review', 'changes_requested', 'accepted', 'to_purchase', 'rejected']),
    accepted: await count(['accepted', 'to_purchase']),
    committedCny: await committedCny(payload, callId, req),
  }
}
