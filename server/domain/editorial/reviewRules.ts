/**
 * The editorial review of courses, lecture series and collections, as one
 * pure rule: given where an item stands, what someone does and who they are,
 * where it goes next (or why not).
 *
 *   draft --submit--> in review --approve (another editor)--> approved --publish--> published
 *            ^            |                                      |                      |
 *            +--request changes--+      an edit to anything but exempt fields sends it back to review
 *   approved | published --submit--> in review (the next version goes to review; the published one stays live)
 *   published --unpublish--> draft
 */
import type { Role } from '../roles.ts'

export type ReviewState = 'draft' | 'in_review' | 'approved' | 'published'
export type ReviewAction = 'submit' | 'approve' | 'request_changes' | 'publish' | 'unpublish' | 'edit'

export interface ReviewActor {
  id: string
  role: Role
}

export interface ReviewContext {
  /** Who sent the item to review: an editor may not approve their own work. */
  submittedBy: string | null
  /** For an edit: whether it touched only the fields declared exempt from review. */
  onlyExemptFields?: boolean
}

export type ReviewOutcome = { ok: true; state: ReviewState } | { ok: false; reason: string }

const refuse = (reason: string): ReviewOutcome => ({ ok: false, reason })
const to = (state: ReviewState): ReviewOutcome => ({ ok: true, state })

export function nextReviewState(
  state: ReviewState,
  action: ReviewAction,
  actor: ReviewActor,
  context: ReviewContext,
): ReviewOutcome {
  const isEditor = actor.role === 'editor' || actor.role === 'admin'
  if (!isEditor && !(action === 'edit' && actor.role === 'coordinator')) {
    return refuse('只有编辑可以推进审核流程。Only editors move items through review.')
  }
  switch (action) {
    case 'submit':
      return state === 'in_review' ? refuse('已在审核中，无须再次送审。It is already in review.') : to('in_review')
    case 'request_changes':
      return state === 'in_review'
        ? to('draft')
        : refuse('只有审核中的内容可以退回修改。Only an item in review can be sent back.')
    case 'approve':
      if (state !== 'in_review') return refuse('只有审核中的内容可以通过。Only an item in review can be approved.')
      if (context.submittedBy === actor.id && actor.role !== 'admin') {
        return refuse('送审人不能审核自己的内容，请另一位编辑审核。Another editor must approve what you submitted.')
      }
      return to('approved')
    case 'publish':
      return state === 'approved' || state === 'published'
        ? to('published')
        : refuse('须先审核通过才能发布。Only an approved item can be published.')
    case 'unpublish':
      return state === 'published'
        ? to('draft')
        : refuse('只有已发布的内容可以撤下。Only a published item can be unpublished.')
    case 'edit':
      if (context.onlyExemptFields) return to(state)
      return state === 'approved' || state === 'published' ? to('in_review') : to(state)
  }
}

/** What an editor picks in the sidebar; publishing and unpublishing are the admin's own buttons. */
export const MENU_ACTIONS = ['submit', 'approve', 'request_changes'] as const satisfies readonly ReviewAction[]

/**
 * The actions the review menu offers this actor on an item in this state:
 * exactly those `nextReviewState` would accept, so nobody picks a step that
 * the save then refuses.
 */
export function reviewActionsFor(state: ReviewState, actor: ReviewActor, context: ReviewContext): ReviewAction[] {
  return MENU_ACTIONS.filter((action) => nextReviewState(state, action, actor, context).ok)
}
