/**
 * Runs a submission's workflow on every save. A partner's submission always
 * belongs to the partner's institution; a partner edits it only as a draft or
 * when changes were requested; the action picked with the save moves it by
 * `nextSubmissionState`, and each move is recorded with who, when and the
 * comment. Accept and to-purchase create their linked drafts exactly once.
 * Any refusal fails the whole save. Saves without a user (seeding) may
 * record a state directly.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { budgetRefusal } from '../../server/domain/collect/purchaseWorkflow.ts'
import { EDITABLE_BY_PARTNER, nextSubmissionState, type SubmissionAction, type SubmissionState } from '../../server/domain/collect/submissionWorkflow.ts'
import { changedFields } from '../../server/domain/editorial/changedFields.ts'
import { hasRole } from '../access/roles.ts'
import { noteActivity } from '../activity/recordActivity.ts'
import { refuseField } from '../errors/refuseFields.ts'
import { relationId } from '../fields/relationId.ts'
import { committedCny } from '../collect/callBudget.ts'
import { claimDecision, releaseDecision } from '../collect/decideOnce.ts'
import { courseDraftFrom, purchaseFrom, type SubmissionSource } from '../collect/draftsFromSubmission.ts'
import { rubricOf, weightedScore } from '../collect/scoreTotal.ts'
import { shownAs } from '../collect/historyActor.ts'
import { PARTNER_EDIT_REFUSED } from '../collect/partnerProposal.ts'

/** What the partner writes; changing any of it is an edit of the proposal. */
export const PROPOSAL_FIELDS = [
  'title', 'summary', 'syllabus', 'topics', 'audiences', 'mode', 'call', 'proposedTeachers', 'proposedVenues', 'sessionPlan',
  'creditHours', 'offeredForSale', 'priceCny', 'licenseMonths', 'licenseTerms', 'attachments',
] as const


function refuse(req: PayloadRequest, path: string, message: string): never {
  return refuseField(req, 'submissions', path, message)
}

type CallDoc = { status?: string | null; deadline: string; budgetCny?: number | null; rubric?: unknown }

/** The submission's call, read at most once per save (scores, submit and purchase all need it). */
function callReader(req: PayloadRequest, callId: string | null): () => Promise<CallDoc | null> {
  let read: Promise<CallDoc | null> | undefined
  return () => (read ??= callId ? (req.payload.findByID({ collection: 'calls', id: callId, depth: 0, overrideAccess: true, disableErrors: true, req }) as Promise<CallDoc | null>) : Promise.resolve(null))
}

const isOpen = (call: CallDoc | null): boolean => Boolean(call && call.status === 'open' && Date.parse(call.deadline) > Date.now())

export const submissionWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const user = req.user as { id: string | number; name?: string | null; role?: string; institution?: string | null } | null
  const partner = hasRole(user, 'partner')
  const action = data.action as SubmissionAction | null | undefined
  const comment = typeof data.comment === 'string' && data.comment.trim() !== '' ? data.comment.trim() : null
  data.action = null
  data.comment = null

  // The system (seeding, imports) records states as they are; people move them only by actions.
  const recorded = !user && typeof data.state === 'string' ? (data.state as SubmissionState) : null
  let state: SubmissionState = recorded ?? (originalDoc?.state as SubmissionState | undefined) ?? 'draft'
  if (operation === 'create') {
    state = recorded ?? 'draft'
    if (user) data.history = []
    if (partner) data.institution = user!.institution
    if (!data.institution) refuse(req, 'institution', '请选择申报机构。Name the submitting institution.')
  } else {
    if (partner) data.institution = originalDoc?.institution
    const edited = changedFields(originalDoc ?? {}, data, PROPOSAL_FIELDS.filter((field) => field in data))
    if (partner && edited.length > 0 && !EDITABLE_BY_PARTNER.includes(state)) {
      refuse(req, edited[0]!, PARTNER_EDIT_REFUSED)
    }
  }

  const callId = relationId(data.call ?? originalDoc?.call)
  const call = callReader(req, callId)

  if (!partner && Array.isArray(data.scores)) {
    data.scores = (data.scores as { reviewer?: unknown }[]).map((row) => ({ ...row, reviewer: relationId(row.reviewer) ?? user?.id ?? null }))
    data.scoreTotal = weightedScore(rubricOf(await call()), data.scores)
  }

  if (!action) {
    data.state = state
    return data
  }
  if (!user) refuse(req, 'action', '请先登录。Sign in first.')
  const callOpen = action === 'submit' && callId ? isOpen(await call()) : null
  const outcome = nextSubmissionState(state, action, { role: (user.role ?? 'partner') as never }, { callOpen, comment })
  if (!outcome.ok) refuse(req, 'action', outcome.reason)

  if (action === 'accept' || action === 'purchase') {
    if (!originalDoc) refuse(req, 'action', '请先保存申报。Save the submission first.')
    const source = { ...originalDoc, ...data, id: originalDoc.id } as SubmissionSource
    const budget = action === 'purchase' ? (await call())?.budgetCny : undefined
    if (callId && budget !== undefined) {
      const refusal = budgetRefusal({ budgetCny: budget ?? 0, committedCny: await committedCny(req.payload, callId, req), priceCny: source.priceCny ?? 0 })
      if (refusal) refuse(req, 'priceCny', refusal)
    }
    await claimDecision(req, originalDoc.id, action)
    // This save must keep the claim it just made, or a later click could claim again.
    data.decisionClaim = action
    const created: { collection: 'courses' | 'purchases'; id: string | number }[] = []
    try {
      if (action === 'accept') {
        data.course = (await courseDraftFrom(req.payload, source, { kind: 'submission' })).id
      } else {
        const purchase = await purchaseFrom(req.payload, source, user.id)
        created.push({ collection: 'purchases', id: purchase.id })
        data.purchase = purchase.id
        data.course = (await courseDraftFrom(req.payload, source, { kind: 'purchase' }, { licenseExpiresAt: purchase.licenseEnd, origin: { kind: 'purchase', submission: originalDoc.id, purchase: purchase.id } })).id
        // The draft already carries the license end, so linking it needs no second course save.
        await req.payload.update({ collection: 'purchases', id: purchase.id, data: { course: data.course }, overrideAccess: true, context: { courseLicensed: true } })
      }
    } catch (error) {
      // Without transactions, undo by hand what this decision created, then free the claim.
      for (const { collection, id } of created) await req.payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
      await releaseDecision(req, originalDoc.id)
      throw error
    }
  }

  data.state = outcome.state
  if (['accept', 'purchase', 'reject', 'request_changes'].includes(action)) data.decisionReason = comment
  // The partner reads `by` (a name or a role); only editors read `actor`, the account.
  const step = { action, state: outcome.state, by: shownAs(user), actor: user.id, at: new Date().toISOString(), comment }
  data.history = [...((originalDoc?.history as unknown[]) ?? []), step]
  noteActivity(req, 'submissions', action, comment)
  return data
}
