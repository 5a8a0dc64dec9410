/**
 * Runs a submission's workflow on every save. A partner's submission always
 * belongs to the partner's institution; a partner edits it only as a draft or
 * when changes were requested; the action picked with the save moves it by
 * `nextSubmissionState`, and each move is recorded with who, when and the
 * comment. Any refusal fails the whole save. Saves without a user (seeding)
 * may record a state directly.
 *
 * Accept and to-purchase create their linked drafts exactly once, and only
 * after Payload has validated and stored the deciding save (`carryOutDecision`,
 * an afterChange hook): without transactions, anything created before
 * validation would be left behind by a refused save. When creating them
 * fails, what was created is deleted and the submission is put back as it
 * was, so the decision can be taken again.
 */
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { limits } from '../../../../server/config/limits.ts'
import { budgetRefusal } from '../../../../server/domain/collect/purchaseRules.ts'
import {
  EDITABLE_BY_PARTNER,
  nextSubmissionState,
  type SubmissionState,
} from '../../../../server/domain/collect/submissionRules.ts'
import { changedFields } from '../../../../server/domain/editorial/changedFields.ts'
import type { Call, Course, Purchase, Submission } from '../../../payload-types.ts'
import { hasRole } from '../../../access/roles.ts'
import { noteActivity } from '../../../activity/recordActivity.ts'
import { refuseField } from '../../../errors/refuseFields.ts'
import { relationId } from '../../../fields/relationId.ts'
import { committedCny } from '../../../collect/callBudget.ts'
import {
  claimDecision,
  decidedFields,
  isClaimed,
  recordDecided,
  refuseAsDecided,
  releaseDecision,
} from '../../../collect/decideOnce.ts'
import { courseDraftFrom, draftOf, purchaseFrom, purchaseOf } from '../../../collect/draftsFromSubmission.ts'
import { rubricOf, weightedScore } from '../../../collect/scoreTotal.ts'
import { shownAs } from '../../../collect/historyActor.ts'
import { PARTNER_EDIT_REFUSED } from '../../../collect/partnerProposal.ts'

/** What the partner writes; changing any of it is an edit of the proposal. */
export const PROPOSAL_FIELDS = [
  'title',
  'summary',
  'syllabus',
  'topics',
  'audiences',
  'mode',
  'call',
  'proposedTeachers',
  'proposedVenues',
  'sessionPlan',
  'creditHours',
  'offeredForSale',
  'priceCny',
  'licenseMonths',
  'licenseTerms',
  'attachments',
] as const

type Decision = 'accept' | 'purchase'

/** Every move out of review; none may start while an accept or a purchase is being carried out. */
const DECISIONS = new Set(['accept', 'purchase', 'reject', 'request_changes', 'withdraw'])

/** A refusal Payload raised (a field that failed validation, a 4xx), told by name and status: the admin's Next bundle has its own copy of Payload's error classes, so `instanceof` misses them there. */
const isRefusal = (error: unknown): boolean => {
  const failure = error as { name?: string; status?: number } | null
  return (
    failure?.name === 'ValidationError' ||
    (typeof failure?.status === 'number' && failure.status >= 400 && failure.status < 500)
  )
}

function refuse(req: PayloadRequest, path: string, message: string): never {
  return refuseField(req, 'submissions', path, message)
}

/** The submission's call, read at most once per save (scores, submit and purchase all need it). */
function callReader(req: PayloadRequest, callId: string | null): () => Promise<Call | null> {
  let read: Promise<Call | null> | undefined
  return () =>
    (read ??= callId
      ? req.payload.findByID({
          collection: 'calls',
          id: callId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : Promise.resolve(null))
}

const isOpen = (call: Call | null): boolean =>
  Boolean(call && call.status === 'open' && Date.parse(call.deadline) > Date.now())

/** The decision a validated save still has to carry out, handed from beforeChange to afterChange on the request. */
const pendingKey = (id: string) => `submissionDecision:${id}`

export const submissionWorkflow: CollectionBeforeChangeHook<Submission> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const user = req.user
  const partner = hasRole(user, 'partner')
  const action = data.action
  const comment = typeof data.comment === 'string' && data.comment.trim() !== '' ? data.comment.trim() : null
  data.action = null
  data.comment = null

  // The system (seeding, imports) records states as they are; people move them only by actions.
  const recorded = !user && typeof data.state === 'string' ? data.state : null
  let state: SubmissionState = recorded ?? originalDoc?.state ?? 'draft'
  if (operation === 'create') {
    state = recorded ?? 'draft'
    if (user) data.history = []
    if (partner) data.institution = user!.institution
    if (!data.institution) refuse(req, 'institution', '请选择申报机构。Name the submitting institution.')
  } else {
    if (partner) data.institution = originalDoc?.institution
    const edited = changedFields(
      originalDoc ?? {},
      data,
      PROPOSAL_FIELDS.filter((field) => field in data),
    )
    if (partner && edited.length > 0 && !EDITABLE_BY_PARTNER.includes(state)) {
      refuse(req, edited[0]!, PARTNER_EDIT_REFUSED)
    }
  }

  const callId = relationId(data.call ?? originalDoc?.call)
  const call = callReader(req, callId)

  if (!partner && Array.isArray(data.scores)) {
    data.scores = data.scores.map((row) => ({ ...row, reviewer: relationId(row.reviewer) ?? user?.id ?? null }))
    data.scoreTotal = weightedScore(rubricOf(await call()), data.scores)
  }

  if (!action) {
    data.state = state
    return data
  }
  if (!user) refuse(req, 'action', '请先登录。Sign in first.')
  const callOpen = action === 'submit' && callId ? isOpen(await call()) : null
  const outcome = nextSubmissionState(state, action, { role: user.role }, { callOpen, comment })
  if (!outcome.ok) refuse(req, 'action', outcome.reason)

  // Another decision may be carrying itself out right now: its claim is in the database, not in this save's copy.
  if (originalDoc && DECISIONS.has(action) && (await isClaimed(req, originalDoc.id))) refuseAsDecided(req)
  if (action === 'accept' || action === 'purchase') {
    if (!originalDoc) refuse(req, 'action', '请先保存申报。Save the submission first.')
    const budget = action === 'purchase' ? (await call())?.budgetCny : undefined
    if (callId && budget !== undefined) {
      const priceCny = (data.priceCny === undefined ? originalDoc.priceCny : data.priceCny) ?? 0
      const refusal = budgetRefusal({
        budgetCny: budget ?? 0,
        committedCny: await committedCny(req.payload, callId, req),
        priceCny,
      })
      if (refusal) refuse(req, 'priceCny', refusal)
    }
    req.context[pendingKey(originalDoc.id)] = action
  }

  data.state = outcome.state
  if (['accept', 'purchase', 'reject', 'request_changes'].includes(action)) data.decisionReason = comment
  // The partner reads `by` (a name or a role); only editors read `actor`, the account.
  const step = {
    action,
    state: outcome.state,
    by: shownAs(user),
    actor: user.id,
    at: new Date().toISOString(),
    comment,
  }
  data.history = [...(originalDoc?.history ?? []), step]
  noteActivity(req, 'submissions', action, comment)
  return data
}

/**
 * Carries out the decision the save just stored: claims the submission (the
 * first of two simultaneous decisions wins), creates or reuses its course
 * draft and purchase, and links them. On any failure it deletes what it
 * created, puts the submission back as it was before the save with the claim
 * released, and refuses the save, so nothing is left half done and the
 * decision can be taken again. Runs first among the afterChange hooks, so a
 * refused decision is neither logged nor notified.
 */
export const carryOutDecision: CollectionAfterChangeHook<Submission> = async ({ doc, previousDoc, req }) => {
  const key = pendingKey(doc.id)
  const action = req.context[key] as Decision | undefined
  if (!action) return doc
  delete req.context[key]
  if (!(await claimDecision(req, doc.id, action))) return refuseAfterLosing(req, doc.id)

  const { payload } = req
  const created: ({ collection: 'courses'; doc: Course } | { collection: 'purchases'; doc: Purchase })[] = []
  try {
    let purchase: Purchase | null = null
    if (action === 'purchase') {
      purchase = await purchaseOf(payload, doc.id)
      if (!purchase) {
        purchase = await purchaseFrom(payload, doc, req.user?.id ?? null)
        created.push({ collection: 'purchases', doc: purchase })
      }
    }
    let course = await draftOf(payload, doc.id, purchase?.id)
    if (!course) {
      const origin = purchase ? { kind: 'purchase' as const, submission: doc.id, purchase: purchase.id } : undefined
      course = await courseDraftFrom(
        payload,
        doc,
        { kind: action === 'purchase' ? 'purchase' : 'submission' },
        purchase ? { licenseExpiresAt: purchase.licenseEnd, origin } : {},
      )
      created.push({ collection: 'courses', doc: course })
    }
    if (purchase && relationId(purchase.course) !== course.id) {
      // The draft already carries the license end, so linking it needs no second course save.
      await payload.update({
        collection: 'purchases',
        id: purchase.id,
        data: { course: course.id },
        overrideAccess: true,
        context: { courseLicensed: true },
      })
    }
    // Written past the hooks: the decision is already validated, logged once and notified once.
    // State and history are written again so the winner of two simultaneous clicks is what stays.
    const links = { course: course.id, purchase: purchase?.id ?? null, decisionClaim: action }
    const decided = {
      ...links,
      state: doc.state ?? 'in_review',
      history: storedHistory(doc.history),
      decisionReason: doc.decisionReason ?? null,
    }
    await payload.db.updateOne({ collection: 'submissions', id: doc.id, data: decided, returning: false, req })
    await recordDecided(req, doc.id, decided)
    return { ...doc, ...links }
  } catch (error) {
    const leftovers = await undoDecision(req, doc.id, previousDoc, created)
    if (leftovers.length > 0) {
      // Not "as it was": say what is left, loudly, with the failure that started it.
      throw new APIError(
        `申报的决定未能完成，撤销时以下记录未能删除，请手工处理：${leftovers.join('、')}。The decision failed and undoing it left ${leftovers.join(', ')} behind; remove them by hand.`,
        500,
        { cause: error },
      )
    }
    const reason = error instanceof Error ? error.message : String(error)
    // A refused draft or purchase is the submission's problem to show on the decision; anything else is a server fault.
    if (isRefusal(error)) {
      refuse(
        req,
        'action',
        `未能完成这项决定，申报已恢复原状，可修正后重试：${reason}。The decision could not be carried out and the submission is as it was; fix the cause and decide again: ${reason}.`,
      )
    }
    throw error
  }
}

/**
 * The other decision won. This save has already been stored by Payload, and
 * if it landed after the winner's last write it holds a stale state, history
 * and links: put the winner's back (waiting briefly while the winner is still
 * carrying itself out, whose last write then wins anyway), and refuse.
 */
async function refuseAfterLosing(req: PayloadRequest, id: string): Promise<never> {
  for (const deadline = Date.now() + limits.collect.losingDecisionWaitMs; Date.now() < deadline;) {
    const decided = await decidedFields(req, id)
    if (decided) {
      await req.payload.db.updateOne({ collection: 'submissions', id, data: decided, returning: false, req })
      break
    }
    if (!(await isClaimed(req, id))) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return refuseAsDecided(req)
}

/** History rows as stored: the hook may have been handed them populated (a REST save at depth > 0). */
const storedHistory = (history: Submission['history']) =>
  (history ?? []).map((row) => ({ ...row, actor: relationId(row.actor) }))

/** Deletes what a failed decision created and restores the submission's decision fields, claim released; returns what it could not delete. */
async function undoDecision(
  req: PayloadRequest,
  id: string,
  before: Submission,
  created: { collection: 'courses' | 'purchases'; doc: { id: string } }[],
): Promise<string[]> {
  const { payload } = req
  const leftovers: string[] = []
  for (const { collection, doc } of created.reverse()) {
    await payload.delete({ collection, id: doc.id, overrideAccess: true }).catch((error: unknown) => {
      payload.logger.error({
        msg: `submission ${id}: could not delete the ${collection} ${doc.id} its failed decision created; delete it by hand`,
        err: error,
      })
      leftovers.push(`${collection} ${doc.id}`)
    })
  }
  const restored = {
    state: before.state ?? 'in_review',
    history: storedHistory(before.history),
    decisionReason: before.decisionReason ?? null,
    course: relationId(before.course),
    purchase: relationId(before.purchase),
    decisionClaim: null,
  }
  await releaseDecision(req, id)
  await payload.db
    .updateOne({ collection: 'submissions', id, data: restored, returning: false, req })
    .catch((error: unknown) => {
      payload.logger.error({
        msg: `submission ${id}: could not restore it after its decision failed; it keeps the decision's state and claim`,
        err: error,
      })
      throw error
    })
  return leftovers
}
