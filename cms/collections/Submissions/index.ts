/**
 * Partner submissions (课程申报): a partner institution proposes a course,
 * answering a call or unsolicited. A partner sees and edits only its own
 * institution's submissions; reviewers score them against the call's rubric
 * and decide; the partner is told the decision and the reason, never the
 * reviewers' internal notes or scores.
 */
import type { Access, CollectionConfig, Field, Where } from 'payload'
import { limits } from '../../../server/config/limits.ts'
import type { Submission } from '../../payload-types.ts'
import {
  SUBMISSION_ACTION_NAMES,
  SUBMISSION_ACTIONS,
  SUBMISSION_STATES,
  STATE_NAMES,
  submissionActionsFor,
  type SubmissionState,
} from '../../../server/domain/collect/submissionRules.ts'
import { AUDIENCES, LEARNING_MODES, TOPICS } from '../../../server/domain/vocabulary.ts'
import { editorsOnly, writtenByWorkflowOnly as byWorkflowOnly } from '../../access/fieldAccess.ts'
import { isEditorOrPartner } from '../../access/isEditorOrPartner.ts'
import { isOwnInstitution } from '../../access/isOwnInstitution.ts'
import { hasRole } from '../../access/roles.ts'
import { registryReferenceField, registryPicker } from '../../fields/registryReference.ts'
import { vocabularyField } from '../../fields/vocabularyField.ts'
import { hideAddressesFromPartners } from '../../collect/historyActor.ts'
import { editorsSortByScore } from './hooks/editorsSortByScore.ts'
import { carryOutDecision, PROPOSAL_FIELDS, submissionWorkflow } from './hooks/submissionWorkflow.ts'
import { keptRefusals } from '../../fields/keptRefusals.ts'
import { legalActionMenu } from '../../fields/legalActionMenu.ts'
import { notifySubmissionEvents } from '../../notify/notifySubmissionEvents.ts'
import { writeActivity } from '../../activity/recordActivity.ts'
import { proposalOpenToPartner, refusePartnerEditsOfSubmitted } from '../../collect/partnerProposal.ts'

// A partner is offered submit and withdraw where they apply, an editor the review steps of the state.
const actionMenu = legalActionMenu((data, user) =>
  submissionActionsFor((data.state as SubmissionState | undefined) ?? 'draft', { role: user.role }),
)

/** A partner may delete only its own drafts. */
const deleteOwnDraft: Access<Submission> = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const institution = req.user?.institution
  if (hasRole(req.user, 'partner') && institution)
    return { and: [{ institution: { equals: institution } }, { state: { equals: 'draft' } }] as Where[] }
  return false
}

export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: { singular: { zh: '课程申报', en: 'Submission' }, plural: { zh: '课程申报', en: 'Submissions' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'institution', 'call', 'state', 'scoreTotal', 'updatedAt'],
    group: { zh: '征集与采购', en: 'Collect and purchase' },
    listSearchableFields: ['title', 'institution'],
    // Scores are the reviewers' alone: partners are not told how to compare them.
    components: {
      Description: {
        path: '/components/EditorsOnlyHint.tsx#EditorsOnlyHint',
        clientProps: {
          zh: '按得分排序即可并排比较同一征集的申报',
          en: 'Sort by score to compare the submissions to one call side by side',
        },
      },
    },
  },
  access: { read: isOwnInstitution, create: isEditorOrPartner, update: isOwnInstitution, delete: deleteOwnDraft },
  hooks: {
    beforeOperation: [editorsSortByScore, refusePartnerEditsOfSubmitted(PROPOSAL_FIELDS)],
    beforeChange: [submissionWorkflow],
    afterChange: [carryOutDecision, writeActivity('submissions'), notifySubmissionEvents],
  },
  fields: keptRefusals(
    withPartnerAccess([
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: limits.collect.maxTitleLength,
        label: { zh: '课程名称', en: 'Course title' },
      },
      {
        name: 'call',
        type: 'relationship',
        relationTo: 'calls',
        label: { zh: '应征的征集（可不选）', en: 'Call answered (optional)' }, // Partners pick among open calls; decided submissions keep their (closed) call.
        filterOptions: ({ user }) => (user?.role === 'partner' ? { status: { equals: 'open' } } : true),
      },
      {
        name: 'institution',
        type: 'text',
        index: true,
        label: { zh: '申报机构', en: 'Institution' },
        admin: {
          readOnly: true,
          components: registryPicker('institutions'),
          description: { zh: '合作机构账号自动填写', en: 'Filled in from the partner account' },
        },
      },
      {
        name: 'summary',
        type: 'textarea',
        maxLength: limits.collect.maxTextLength,
        label: { zh: '简介', en: 'Summary' },
      },
      { name: 'syllabus', type: 'richText', label: { zh: '教学大纲', en: 'Syllabus' } },
      vocabularyField({ name: 'topics', vocabulary: TOPICS, hasMany: true, label: { zh: '主题', en: 'Topics' } }),
      vocabularyField({
        name: 'audiences',
        vocabulary: AUDIENCES,
        hasMany: true,
        label: { zh: '学习对象', en: 'Audiences' },
      }),
      vocabularyField({ name: 'mode', vocabulary: LEARNING_MODES, label: { zh: '学习方式', en: 'Mode' } }),
      registryReferenceField({
        name: 'proposedTeachers',
        kind: 'teachers',
        hasMany: true,
        maxRows: limits.collect.maxProposedIds,
        label: { zh: '拟任教师', en: 'Proposed teachers' },
      }),
      registryReferenceField({
        name: 'proposedVenues',
        kind: 'venues',
        hasMany: true,
        maxRows: limits.collect.maxProposedIds,
        label: { zh: '拟用场地', en: 'Proposed venues' },
      }),
      {
        name: 'sessionPlan',
        type: 'array',
        maxRows: limits.collect.maxPlanSessions,
        label: { zh: '课次安排', en: 'Plan of sessions' },
        labels: { singular: { zh: '课次', en: 'Session' }, plural: { zh: '课次', en: 'Sessions' } },
        fields: [
          { name: 'title', type: 'text', required: true, label: { zh: '课次主题', en: 'Session' } },
          { name: 'minutes', type: 'number', min: 15, max: 480, label: { zh: '时长（分钟）', en: 'Minutes' } },
        ],
      },
      { name: 'creditHours', type: 'number', min: 0, max: 200, label: { zh: '学时', en: 'Credit hours' } },
      {
        name: 'offeredForSale',
        type: 'checkbox',
        defaultValue: false,
        label: { zh: '有偿提供', en: 'Offered for sale' },
      },
      {
        name: 'priceCny',
        type: 'number',
        min: 0,
        label: { zh: '报价（元）', en: 'Price (CNY)' },
        admin: { condition: (data) => Boolean(data?.offeredForSale) },
      },
      {
        name: 'licenseMonths',
        type: 'number',
        min: 1,
        max: 120,
        label: { zh: '授权期限（月）', en: 'License (months)' },
        admin: { condition: (data) => Boolean(data?.offeredForSale) },
      },
      {
        name: 'licenseTerms',
        type: 'textarea',
        maxLength: limits.collect.maxTextLength,
        label: { zh: '授权条款', en: 'License terms' },
        admin: { condition: (data) => Boolean(data?.offeredForSale) },
      },
      {
        name: 'attachments',
        type: 'upload',
        relationTo: 'attachments',
        hasMany: true,
        label: { zh: '附件', en: 'Attachments' },
      },
      {
        name: 'action',
        type: 'select',
        label: { zh: '操作', en: 'Action' },
        options: SUBMISSION_ACTIONS.map((value) => ({ value, label: SUBMISSION_ACTION_NAMES[value] })),
        filterOptions: actionMenu.filterOptions,
        admin: {
          position: 'sidebar',
          condition: actionMenu.condition,
          description: {
            zh: '选择后保存（只列出此刻可做的操作）',
            en: 'Pick, then save (only the steps open now are listed)',
          },
        },
      },
      {
        name: 'comment',
        type: 'textarea',
        label: { zh: '说明（申报机构可见）', en: 'Comment (the partner sees it)' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'state',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        label: { zh: '状态', en: 'State' },
        options: SUBMISSION_STATES.map((value) => ({ value, label: STATE_NAMES[value] })),
        access: byWorkflowOnly,
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'decisionReason',
        type: 'textarea',
        label: { zh: '决定理由', en: 'Reason for the decision' },
        access: byWorkflowOnly,
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'internalNotes',
        type: 'textarea',
        label: { zh: '内部评审意见（申报机构不可见）', en: 'Internal notes (never shown to the partner)' },
        access: editorsOnly,
      },
      {
        name: 'scores',
        type: 'array',
        label: { zh: '评分', en: 'Scores' },
        labels: { singular: { zh: '评分', en: 'Score' }, plural: { zh: '评分', en: 'Scores' } },
        access: editorsOnly,
        fields: [
          {
            name: 'reviewer',
            type: 'relationship',
            relationTo: 'users',
            label: { zh: '评审人', en: 'Reviewer' },
            admin: { readOnly: true },
          },
          { name: 'criterion', type: 'text', required: true, label: { zh: '评分项', en: 'Criterion' } },
          {
            name: 'score',
            type: 'number',
            required: true,
            min: 0,
            max: 100,
            label: { zh: '分数（0–100）', en: 'Score (0–100)' },
          },
        ],
      },
      {
        name: 'scoreTotal',
        type: 'number',
        label: { zh: '加权得分', en: 'Weighted score' },
        access: { ...editorsOnly, ...byWorkflowOnly },
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'course',
        type: 'relationship',
        relationTo: 'courses',
        label: { zh: '生成的课程草稿', en: 'Course draft created' },
        access: { ...editorsOnly, ...byWorkflowOnly },
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'purchase',
        type: 'relationship',
        relationTo: 'purchases',
        label: { zh: '生成的采购', en: 'Purchase created' },
        access: { ...editorsOnly, ...byWorkflowOnly },
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'history',
        type: 'array',
        label: { zh: '处理记录', en: 'History' },
        labels: { singular: { zh: '记录', en: 'Entry' }, plural: { zh: '记录', en: 'Entries' } },
        access: byWorkflowOnly,
        admin: { readOnly: true },
        fields: [
          // Written by the workflow from these values only; shown by their names.
          {
            name: 'action',
            type: 'select',
            label: { zh: '操作', en: 'Action' },
            options: SUBMISSION_ACTIONS.map((value) => ({ value, label: SUBMISSION_ACTION_NAMES[value] })),
          },
          {
            name: 'state',
            type: 'select',
            label: { zh: '状态', en: 'State' },
            options: SUBMISSION_STATES.map((value) => ({ value, label: STATE_NAMES[value] })),
          },
          {
            name: 'by',
            type: 'text',
            label: { zh: '操作人', en: 'By' },
            hooks: { afterRead: [hideAddressesFromPartners] },
          },
          {
            name: 'actor',
            type: 'relationship',
            relationTo: 'users',
            label: { zh: '操作账号', en: 'Account' },
            access: { ...editorsOnly, ...byWorkflowOnly },
          },
          {
            name: 'at',
            type: 'date',
            label: { zh: '时间', en: 'At' },
            admin: { date: { pickerAppearance: 'dayAndTime' } },
          },
          { name: 'comment', type: 'textarea', label: { zh: '说明', en: 'Comment' } },
        ],
      },
      { name: 'decisionClaim', type: 'text', hidden: true, access: byWorkflowOnly },
    ]),
  ),
}

/** The proposal's own fields read as read-only to a partner once it has submitted. */
function withPartnerAccess(fields: Field[]): Field[] {
  return fields.map((field) =>
    'name' in field && (PROPOSAL_FIELDS as readonly string[]).includes(field.name)
      ? ({ ...field, access: { ...(field as { access?: object }).access, update: proposalOpenToPartner } } as Field)
      : field,
  )
}
