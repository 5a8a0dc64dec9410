/**
 * The sidebar fields of the editorial review, shared by courses, lecture
 * series and collections: the action an editor takes with this save, where
 * the item stands, who sent it and who approved it, and who last edited it.
 * The state fields are written only by the workflow hook.
 */
import type { Field } from 'payload'
import { reviewActionsFor, type ReviewActor, type ReviewState } from '../../server/domain/editorial/reviewRules.ts'
import { writtenByWorkflowOnly as byWorkflowOnly } from '../access/fieldAccess.ts'
import { KEPT_FIELD_ERROR } from '../fields/keptRefusals.ts'
import { legalActionMenu } from '../fields/legalActionMenu.ts'
import { relationId } from '../fields/relationId.ts'

export const REVIEW_ACTIONS = {
  submit: { zh: '送审', en: 'Send to review' },
  approve: { zh: '通过', en: 'Approve' },
  request_changes: { zh: '退回修改', en: 'Request changes' },
} as const

export const REVIEW_STATES = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '审核中', en: 'In review' },
  approved: { zh: '已通过', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
} as const

interface ReviewedData {
  review?: { state?: ReviewState | null; submittedBy?: unknown } | null
}

// Only the steps the save would accept: no one is offered 通过 on their own work, or 送审 twice.
const menu = legalActionMenu((data, user) => {
  const review = (data as ReviewedData).review
  const actor: ReviewActor = { id: String(user.id), role: user.role }
  return reviewActionsFor(review?.state ?? 'draft', actor, { submittedBy: relationId(review?.submittedBy) })
})

export const reviewFields: Field[] = [
  {
    name: 'reviewAction',
    type: 'select',
    label: { zh: '审核操作', en: 'Review action' },
    options: Object.entries(REVIEW_ACTIONS).map(([value, label]) => ({ value, label })),
    filterOptions: menu.filterOptions,
    admin: {
      position: 'sidebar',
      condition: menu.condition,
      description: {
        zh: '选择后保存。只列出此刻可做的操作；已发布或已通过的内容被修改后自动回到审核中。',
        en: 'Pick, then save. Only the steps open to you now are listed; an edit to a published or approved item sends it back to review by itself.',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { zh: '审核意见', en: 'Review comment' },
    admin: {
      position: 'sidebar',
      condition: menu.condition,
      description: { zh: '随本次审核操作记录，仅内部可见', en: 'Kept with this review action; internal only' },
    },
  },
  {
    name: 'review',
    type: 'group',
    label: { zh: '审核状态', en: 'Review' },
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      {
        name: 'state',
        type: 'select',
        defaultValue: 'draft',
        label: { zh: '状态', en: 'State' },
        options: Object.entries(REVIEW_STATES).map(([value, label]) => ({ value, label })),
        access: byWorkflowOnly,
        // A refused publish (`_status`, which has no field of its own) is explained where the state is read.
        admin: { components: { Error: { path: KEPT_FIELD_ERROR, clientProps: { alsoFor: ['_status'] } } } },
      },
      {
        name: 'submittedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { zh: '送审人', en: 'Sent by' },
        access: byWorkflowOnly,
      },
      { name: 'submittedAt', type: 'date', label: { zh: '送审时间', en: 'Sent at' }, access: byWorkflowOnly },
      {
        name: 'decidedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { zh: '审核人', en: 'Decided by' },
        access: byWorkflowOnly,
      },
      { name: 'decidedAt', type: 'date', label: { zh: '审核时间', en: 'Decided at' }, access: byWorkflowOnly },
      {
        name: 'lastComment',
        type: 'textarea',
        label: { zh: '最近审核意见', en: 'Last comment' },
        access: byWorkflowOnly,
      },
    ],
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { zh: '最后编辑', en: 'Last edited by' },
    admin: { position: 'sidebar', readOnly: true },
    access: byWorkflowOnly,
  },
]

/** Fields the workflow itself writes: never count as an edit. */
export const WORKFLOW_FIELDS = [
  'reviewAction',
  'reviewComment',
  'review',
  'lastEditedBy',
  '_status',
  'updatedAt',
  'createdAt',
  'id',
] as const
