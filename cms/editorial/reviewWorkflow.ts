/**
 * Runs the editorial review on every save of a reviewed collection. The rule
 * itself is `nextReviewState`; this hook only feeds it: the edit (and whether
 * it touched only the collection's exempt fields), the review action picked in
 * the sidebar, and a publish or unpublish. A refused step fails the whole save
 * with the reason on the field, so nothing is half-written.
 *
 * Saves without a user (seeding, system jobs) are trusted and only keep the
 * recorded state in step with the publication status.
 */
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { changedFields, onlyExempt } from '../../server/domain/editorial/changedFields.ts'
import {
  nextReviewState,
  type ReviewAction,
  type ReviewActor,
  type ReviewState,
} from '../../server/domain/editorial/reviewRules.ts'
import type { LoggedCollection } from '../activity/activityActions.ts'
import { noteActivity } from '../activity/recordActivity.ts'
import { refuseField } from '../errors/refuseFields.ts'
import { relationId } from '../fields/relationId.ts'
import { REVIEW_ACTIONS, WORKFLOW_FIELDS } from './reviewFields.ts'
import type { Course, CourseCollection, LectureSery } from '../payload-types.ts'

/** The collections under editorial review: each carries the review fields (cms/editorial/reviewFields.ts). */
export type ReviewedDocument = Course | LectureSery | CourseCollection

export interface ReviewPolicy {
  collection: LoggedCollection
  /** Fields an edit to a published or approved item may change without another review. */
  exempt: readonly string[]
}

/** The review as each reviewed collection stores it (the generated group is the same in all three). */
type RecordedReview = NonNullable<ReviewedDocument['review']>

function refuse(policy: ReviewPolicy, req: PayloadRequest, path: string, message: string): never {
  return refuseField(req, policy.collection, path, message)
}

/** Remembers whether this save is a draft save: the change hook is not told. */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const draft = Boolean((args as { draft?: boolean }).draft)
    req.context.savingDraft = draft && (args as { data?: { _status?: string } }).data?._status !== 'published'
  }
  return args
}

export function reviewWorkflow(policy: ReviewPolicy): CollectionBeforeChangeHook<ReviewedDocument> {
  return ({ data, originalDoc, operation, req }) => {
    const requested = data.reviewAction as string | null | undefined
    const comment =
      typeof data.reviewComment === 'string' && data.reviewComment.trim() !== '' ? data.reviewComment.trim() : null
    data.reviewAction = null
    data.reviewComment = null
    const recorded: RecordedReview = { ...originalDoc?.review }
    let state: ReviewState = recorded.state ?? 'draft'

    const user = req.user
    if (!user) {
      if (data._status === 'published') state = 'published'
      else if (!req.context.savingDraft && state === 'published') state = 'draft'
      data.review = { ...recorded, state }
      return data
    }
    const actor: ReviewActor = { id: String(user.id), role: user.role }
    const step = (action: ReviewAction, path: string, onlyExemptFields?: boolean) => {
      const outcome = nextReviewState(state, action, actor, {
        submittedBy: relationId(recorded.submittedBy),
        onlyExemptFields,
      })
      if (!outcome.ok) refuse(policy, req, path, outcome.reason)
      state = outcome.state
    }

    const act = (action: string) => {
      if (!(action in REVIEW_ACTIONS))
        refuse(policy, req, 'reviewAction', `未知的审核操作：${action}。Unknown review action.`)
      step(action as ReviewAction, 'reviewAction')
      const now = new Date().toISOString()
      if (action === 'submit')
        Object.assign(recorded, { submittedBy: actor.id, submittedAt: now, decidedBy: null, decidedAt: null })
      else Object.assign(recorded, { decidedBy: actor.id, decidedAt: now })
      recorded.lastComment = comment
      noteActivity(req, policy.collection, action as ReviewAction & keyof typeof REVIEW_ACTIONS, comment)
    }

    // Sending to review comes first: an edit saved with it is what goes to review, not a second step that finds it already there.
    if (requested === 'submit') act(requested)

    if (operation === 'update' && originalDoc) {
      const tracked = Object.keys(data).filter((field) => !(WORKFLOW_FIELDS as readonly string[]).includes(field))
      const changed = changedFields(originalDoc, data, tracked)
      if (changed.length > 0) {
        const before = state
        step('edit', changed[0]!, onlyExempt(changed, policy.exempt))
        // Whoever reopened it is now its author, so they cannot approve their own edit.
        if (before !== state)
          Object.assign(recorded, {
            submittedBy: actor.id,
            submittedAt: new Date().toISOString(),
            decidedBy: null,
            decidedAt: null,
          })
      }
    }

    if (requested && requested !== 'submit') act(requested)

    if (data._status === 'published') {
      step('publish', '_status')
      noteActivity(req, policy.collection, 'publish')
    } else if (operation === 'update' && !req.context.savingDraft && state === 'published') {
      step('unpublish', '_status')
      noteActivity(req, policy.collection, 'unpublish')
    }

    data.review = {
      ...recorded,
      submittedBy: relationId(recorded.submittedBy),
      decidedBy: relationId(recorded.decidedBy),
      state,
    }
    data.lastEditedBy = actor.id
    return data
  }
}
