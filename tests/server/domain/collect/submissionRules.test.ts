/** Every transition of a partner's submission, as a table. */
import { describe, expect, it } from '@jest/globals'
import {
  nextSubmissionState,
  submissionActionsFor,
  type SubmissionAction,
  type SubmissionActor,
  type SubmissionContext,
  type SubmissionState,
} from '../../../../server/domain/collect/submissionRules.ts'

const partner: SubmissionActor = { role: 'partner' }
const editor: SubmissionActor = { role: 'editor' }
const admin: SubmissionActor = { role: 'admin' }
const coordinator: SubmissionActor = { role: 'coordinator' }
const open: SubmissionContext = { callOpen: true, comment: null }
const unsolicited: SubmissionContext = { callOpen: null, comment: null }
const closed: SubmissionContext = { callOpen: false, comment: null }
const because: SubmissionContext = { callOpen: null, comment: '课程大纲不完整' }

type Row = [SubmissionState, SubmissionAction, SubmissionActor, SubmissionContext, SubmissionState | string]

const TABLE: Row[] = [
  ['draft', 'submit', partner, open, 'submitted'],
  ['draft', 'submit', partner, unsolicited, 'submitted'],
  ['draft', 'submit', partner, closed, '征集已截止或未开放，不能提交。The call is closed or not open.'],
  ['changes_requested', 'submit', partner, open, 'submitted'],
  ['submitted', 'submit', partner, open, '已提交的申报不能提交。A submission that is submitted cannot be submitted.'],
  ['accepted', 'submit', partner, open, '已录用的申报不能提交。A submission that is accepted cannot be submitted.'],
  ['draft', 'withdraw', partner, open, 'withdrawn'],
  ['submitted', 'withdraw', partner, open, 'withdrawn'],
  ['in_review', 'withdraw', partner, open, 'withdrawn'],
  ['changes_requested', 'withdraw', partner, open, 'withdrawn'],
  ['accepted', 'withdraw', partner, open, '已录用的申报不能撤回。A submission that is accepted cannot be withdrawn.'],
  ['rejected', 'withdraw', partner, open, '未录用的申报不能撤回。A submission that is rejected cannot be withdrawn.'],
  ['submitted', 'withdraw', editor, open, '只有申报机构可以撤回。Only the submitting partner may withdraw.'],
  ['submitted', 'start_review', editor, open, 'in_review'],
  [
    'draft',
    'start_review',
    editor,
    open,
    '只有已提交的申报可以开始评审。Only a submitted submission can go to review.',
  ],
  ['submitted', 'start_review', partner, open, '合作机构只能提交或撤回。A partner may only submit or withdraw.'],
  ['in_review', 'accept', editor, unsolicited, 'accepted'],
  ['in_review', 'purchase', admin, unsolicited, 'to_purchase'],
  ['in_review', 'reject', editor, because, 'rejected'],
  ['in_review', 'reject', editor, unsolicited, '请写明理由，申报机构会看到。Give a reason; the partner will see it.'],
  ['in_review', 'request_changes', editor, because, 'changes_requested'],
  [
    'in_review',
    'request_changes',
    editor,
    unsolicited,
    '请写明理由，申报机构会看到。Give a reason; the partner will see it.',
  ],
  [
    'submitted',
    'accept',
    editor,
    unsolicited,
    '只有评审中的申报可以作出决定。Only a submission in review can be decided.',
  ],
  [
    'accepted',
    'accept',
    editor,
    unsolicited,
    '只有评审中的申报可以作出决定。Only a submission in review can be decided.',
  ],
  [
    'to_purchase',
    'purchase',
    editor,
    unsolicited,
    '只有评审中的申报可以作出决定。Only a submission in review can be decided.',
  ],
  ['in_review', 'accept', partner, unsolicited, '合作机构只能提交或撤回。A partner may only submit or withdraw.'],
  ['in_review', 'accept', coordinator, unsolicited, '无权处理申报。You may not act on submissions.'],
]

describe('nextSubmissionState', () => {
  it.each(TABLE)('%s --%s--> (%o) ', (state, action, actor, context, expected) => {
    const outcome = nextSubmissionState(state, action, actor, context)
    if (outcome.ok) expect(outcome.state).toBe(expected)
    else expect(outcome.reason).toBe(expected)
  })
})

describe('submissionActionsFor: the menu offers only what the save accepts', () => {
  it.each<[SubmissionState, SubmissionActor, SubmissionAction[]]>([
    ['draft', partner, ['submit', 'withdraw']],
    ['submitted', partner, ['withdraw']],
    ['changes_requested', partner, ['submit', 'withdraw']],
    ['accepted', partner, []],
    ['submitted', editor, ['start_review']],
    ['in_review', editor, ['request_changes', 'accept', 'purchase', 'reject']],
    ['draft', editor, ['submit']],
    ['in_review', coordinator, []],
  ])('%s for %o: %o', (state, actor, expected) => {
    expect(submissionActionsFor(state, actor)).toEqual(expected)
  })
})
