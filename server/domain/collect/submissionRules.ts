/**
 * The life of a partner's course submission, as one pure rule: given where it
 * stands, what someone does and who they are, where it goes next (or why not).
 *
 *   draft --submit--> submitted --start_review--> in_review --accept--> accepted
 *                                                     |  \--purchase--> to_purchase
 *                                                     |  \--reject----> rejected
 *                                                     +--request_changes--> changes_requested --submit--> submitted
 *   draft | submitted | in_review | changes_requested --withdraw (the partner)--> withdrawn
 */
import type { Role } from '../roles.ts'

export const SUBMISSION_STATES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'accepted',
  'to_purchase',
  'rejected',
  'withdrawn',
] as const
export type SubmissionState = (typeof SUBMISSION_STATES)[number]

export const SUBMISSION_ACTIONS = [
  'submit',
  'withdraw',
  'start_review',
  'request_changes',
  'accept',
  'purchase',
  'reject',
] as const
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number]

/** What each step is called, in the submission's menu, its history and the activity log alike. */
export const SUBMISSION_ACTION_NAMES: Record<SubmissionAction, { zh: string; en: string }> = {
  submit: { zh: '提交', en: 'Submit' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  start_review: { zh: '开始评审', en: 'Start review' },
  request_changes: { zh: '退回修改', en: 'Request changes' },
  accept: { zh: '录用', en: 'Accept' },
  purchase: { zh: '拟购买', en: 'To purchase' },
  reject: { zh: '不录用', en: 'Reject' },
}

export interface SubmissionActor {
  role: Role
}

export interface SubmissionContext {
  /** For submit: the call is open and its deadline has not passed (null when unsolicited). */
  callOpen: boolean | null
  /** The comment given with the action (the reason partners are told). */
  comment: string | null
}

export type SubmissionOutcome = { ok: true; state: SubmissionState } | { ok: false; reason: string }

const refuse = (reason: string): SubmissionOutcome => ({ ok: false, reason })
const to = (state: SubmissionState): SubmissionOutcome => ({ ok: true, state })

export const STATE_NAMES: Record<SubmissionState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  in_review: { zh: '评审中', en: 'In review' },
  changes_requested: { zh: '待修改', en: 'Changes requested' },
  accepted: { zh: '已录用', en: 'Accepted' },
  to_purchase: { zh: '拟购买', en: 'To purchase' },
  rejected: { zh: '未录用', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}

const PARTNER_ACTIONS: SubmissionAction[] = ['submit', 'withdraw']
const DECISIONS: SubmissionAction[] = ['accept', 'purchase', 'reject', 'request_changes']

export function nextSubmissionState(
  state: SubmissionState,
  action: SubmissionAction,
  actor: SubmissionActor,
  context: SubmissionContext,
): SubmissionOutcome {
  const isEditor = actor.role === 'editor' || actor.role === 'admin'
  const isPartner = actor.role === 'partner'
  if (isPartner && !PARTNER_ACTIONS.includes(action))
    return refuse('合作机构只能提交或撤回。A partner may only submit or withdraw.')
  if (!isPartner && !isEditor) return refuse('无权处理申报。You may not act on submissions.')
  if (isEditor && action === 'withdraw')
    return refuse('只有申报机构可以撤回。Only the submitting partner may withdraw.')
  const from = STATE_NAMES[state]

  switch (action) {
    case 'submit':
      if (state !== 'draft' && state !== 'changes_requested')
        return refuse(`${from.zh}的申报不能提交。A submission that is ${from.en.toLowerCase()} cannot be submitted.`)
      if (context.callOpen === false) return refuse('征集已截止或未开放，不能提交。The call is closed or not open.')
      return to('submitted')
    case 'withdraw':
      return ['draft', 'submitted', 'in_review', 'changes_requested'].includes(state)
        ? to('withdrawn')
        : refuse(`${from.zh}的申报不能撤回。A submission that is ${from.en.toLowerCase()} cannot be withdrawn.`)
    case 'start_review':
      return state === 'submitted'
        ? to('in_review')
        : refuse('只有已提交的申报可以开始评审。Only a submitted submission can go to review.')
    default:
      if (!DECISIONS.includes(action)) return refuse(`未知的操作：${action}。Unknown action.`)
      if (state !== 'in_review')
        return refuse('只有评审中的申报可以作出决定。Only a submission in review can be decided.')
      if ((action === 'reject' || action === 'request_changes') && !context.comment)
        return refuse('请写明理由，申报机构会看到。Give a reason; the partner will see it.')
      return to(
        action === 'accept'
          ? 'accepted'
          : action === 'purchase'
            ? 'to_purchase'
            : action === 'reject'
              ? 'rejected'
              : 'changes_requested',
      )
  }
}

/** Where a partner may still change its proposal; elsewhere it reads it only. */
export const EDITABLE_BY_PARTNER: readonly SubmissionState[] = ['draft', 'changes_requested']

/**
 * The actions the submission menu offers this actor in this state: those
 * `nextSubmissionState` accepts. Whether the call is still open and whether
 * a reason was written are checked when the action is saved.
 */
export function submissionActionsFor(state: SubmissionState, actor: SubmissionActor): SubmissionAction[] {
  return SUBMISSION_ACTIONS.filter(
    (action) => nextSubmissionState(state, action, actor, { callOpen: null, comment: '(given)' }).ok,
  )
}
