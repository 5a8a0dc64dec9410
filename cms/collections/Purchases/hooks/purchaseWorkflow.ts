/**
 * Runs a purchase's workflow on every save: who proposed it, the action
 * picked with the save (approve by a second editor, contract with the signed
 * document, pay, cancel) by `nextPurchaseState`, and the call's budget, which
 * a purchase may never exceed. Afterwards the linked course takes its license
 * expiry from the purchase.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import {
  budgetRefusal,
  nextPurchaseState,
  type PurchaseState,
} from '../../../../server/domain/collect/purchaseRules.ts'
import { committedCny } from '../../../collect/callBudget.ts'
import { noteActivity } from '../../../activity/recordActivity.ts'
import { refuseField } from '../../../errors/refuseFields.ts'
import { relationId } from '../../../fields/relationId.ts'
import type { Purchase } from '../../../payload-types.ts'

function refuse(req: PayloadRequest, path: string, message: string): never {
  return refuseField(req, 'purchases', path, message)
}

export const purchaseWorkflow: CollectionBeforeChangeHook<Purchase> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const user = req.user
  const action = data.action
  data.action = null
  // The system (seeding, imports) records states as they are; people move them only by actions.
  const recorded = !user && typeof data.state === 'string' ? data.state : null
  let state: PurchaseState = recorded ?? originalDoc?.state ?? 'proposed'

  if (operation === 'create') {
    state = recorded ?? 'proposed'
    data.proposedBy = relationId(context.proposedBy) ?? user?.id ?? null
  }

  if (action) {
    if (!user) refuse(req, 'action', '请先登录。Sign in first.')
    const outcome = nextPurchaseState(state, action, {
      actorId: String(user.id),
      actorRole: user.role,
      proposedBy: relationId(originalDoc?.proposedBy) === null ? null : String(relationId(originalDoc?.proposedBy)),
      hasContract: Boolean(data.contract ?? originalDoc?.contract),
    })
    if (!outcome.ok) refuse(req, 'action', outcome.reason)
    if (action === 'approve') data.approvedBy = user.id
    state = outcome.state
    noteActivity(req, 'purchases', action)
  }

  const callId = relationId(data.call ?? originalDoc?.call)
  if (callId && state !== 'cancelled') {
    const call = await req.payload.findByID({
      collection: 'calls',
      id: callId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (call) {
      const others = await committedCny(req.payload, callId, req, originalDoc?.id)
      const refusal = budgetRefusal({
        budgetCny: call.budgetCny ?? 0,
        committedCny: others,
        priceCny: data.priceCny ?? originalDoc?.priceCny ?? 0,
      })
      if (refusal) refuse(req, 'priceCny', refusal)
    }
  }
  data.state = state
  return data
}

/** The course bought is licensed exactly as long as its purchase says. */
export const licenseFromPurchase: CollectionAfterChangeHook<Purchase> = async ({ doc, previousDoc, req }) => {
  const courseId = relationId(doc.course)
  if (
    !courseId ||
    req.context.courseLicensed ||
    (previousDoc?.licenseEnd === doc.licenseEnd && relationId(previousDoc?.course) === courseId)
  )
    return doc
  await req.payload.update({
    collection: 'courses',
    id: courseId,
    data: { licenseExpiresAt: doc.licenseEnd },
    overrideAccess: true,
    draft: true,
    context: { reason: 'license from purchase' },
  })
  return doc
}
