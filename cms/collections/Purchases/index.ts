/**
 * Purchases (课程购买): what the district buys from a vendor institution, at
 * what price, licensed for how long, from which year's budget. Only editors
 * and administrators see them; approving needs a second editor; a purchase
 * never takes a call over its budget.
 */
import type { CollectionConfig } from 'payload'
import {
  PURCHASE_ACTION_NAMES,
  PURCHASE_ACTIONS,
  PURCHASE_STATE_NAMES,
  PURCHASE_STATES,
  purchaseActionsFor,
  type PurchaseState,
} from '../../../server/domain/collect/purchaseRules.ts'
import { writtenByWorkflowOnly as byWorkflowOnly } from '../../access/fieldAccess.ts'
import { isEditor } from '../../access/isEditor.ts'
import { writeActivity } from '../../activity/recordActivity.ts'
import { legalActionMenu } from '../../fields/legalActionMenu.ts'
import { registryReferenceField } from '../../fields/registryReference.ts'
import { relationId } from '../../fields/relationId.ts'
import { licenseFromPurchase, purchaseWorkflow } from './hooks/purchaseWorkflow.ts'
import { keptRefusals } from '../../fields/keptRefusals.ts'

// Whoever proposed a purchase is not offered 审批; the contract document is checked when 签约 is saved.
const actionMenu = legalActionMenu((data, user) =>
  purchaseActionsFor((data.state as PurchaseState | undefined) ?? 'proposed', {
    actorId: String(user.id),
    actorRole: user.role,
    proposedBy: relationId(data.proposedBy),
  }),
)

export const Purchases: CollectionConfig = {
  slug: 'purchases',
  labels: { singular: { zh: '课程购买', en: 'Purchase' }, plural: { zh: '课程购买', en: 'Purchases' } },
  admin: {
    useAsTitle: 'item',
    defaultColumns: ['item', 'vendor', 'priceCny', 'state', 'budgetYear'],
    group: { zh: '征集与采购', en: 'Collect and purchase' },
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [purchaseWorkflow], afterChange: [licenseFromPurchase, writeActivity('purchases', 'item')] },
  fields: keptRefusals([
    { name: 'item', type: 'text', required: true, label: { zh: '购买内容', en: 'What is bought' } },
    registryReferenceField({
      name: 'vendor',
      kind: 'institutions',
      required: true,
      label: { zh: '供应机构', en: 'Vendor institution' },
    }),
    { name: 'priceCny', type: 'number', required: true, min: 0, label: { zh: '价格（元）', en: 'Price (CNY)' } },
    {
      type: 'row',
      fields: [
        { name: 'licenseStart', type: 'date', required: true, label: { zh: '授权开始', en: 'License start' } },
        { name: 'licenseEnd', type: 'date', required: true, label: { zh: '授权结束', en: 'License end' } },
      ],
    },
    {
      name: 'budgetYear',
      type: 'number',
      required: true,
      min: 2020,
      max: 2100,
      label: { zh: '预算年度', en: 'Budget year' },
    },
    { name: 'call', type: 'relationship', relationTo: 'calls', label: { zh: '所属征集', en: 'Call' } },
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'submissions',
      label: { zh: '来源申报', en: 'Submission' },
    },
    { name: 'course', type: 'relationship', relationTo: 'courses', label: { zh: '课程', en: 'Course' } },
    { name: 'contract', type: 'upload', relationTo: 'attachments', label: { zh: '合同文件', en: 'Contract' } },
    {
      name: 'action',
      type: 'select',
      label: { zh: '操作', en: 'Action' },
      options: PURCHASE_ACTIONS.map((value) => ({ value, label: PURCHASE_ACTION_NAMES[value] })),
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
      name: 'state',
      type: 'select',
      defaultValue: 'proposed',
      label: { zh: '状态', en: 'State' },
      options: PURCHASE_STATES.map((value) => ({ value, label: PURCHASE_STATE_NAMES[value] })),
      access: byWorkflowOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'proposedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '提出人', en: 'Proposed by' },
      access: byWorkflowOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '审批人', en: 'Approved by' },
      access: byWorkflowOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
  ]),
}
