/**
 * Dead letters: events a subscriber did not take after every allowed try
 * (or refused outright), with the last error. Editors see them and redeliver
 * one or all; only the delivery jobs write them.
 */
import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor.ts'
import { nobody } from '../../access/nobody.ts'
import { redeliverOneEndpoint } from '../../endpoints/webhookRedeliver.ts'
import { WEBHOOK_EVENT_KINDS } from '../WebhookSubscribers/index.ts'

export const WebhookDeadLetters: CollectionConfig = {
  slug: 'webhook-dead-letters',
  labels: {
    singular: { zh: 'Webhook 投递失败', en: 'Failed webhook delivery' },
    plural: { zh: 'Webhook 投递失败', en: 'Failed webhook deliveries' },
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['subscriber', 'eventId', 'kind', 'action', 'status', 'attempts', 'lastError', 'failedAt'],
    group: { zh: '对外分发', en: 'Syndication' },
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  endpoints: [redeliverOneEndpoint],
  defaultSort: '-failedAt',
  fields: [
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'webhook-subscribers',
      required: true,
      index: true,
      label: { zh: '订阅方', en: 'Subscriber' },
    },
    {
      name: 'eventId',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '事件编号（幂等键）', en: 'Event id (idempotency key)' },
    },
    { name: 'commit', type: 'number', required: true, label: { zh: '提交序号', en: 'Commit' } },
    { name: 'index', type: 'number', required: true, label: { zh: '提交内序号', en: 'Index in commit' } },
    { name: 'kind', type: 'select', options: WEBHOOK_EVENT_KINDS, required: true, label: { zh: '类型', en: 'Kind' } },
    { name: 'entityId', type: 'text', required: true, label: { zh: '对象编号', en: 'Entity id' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { zh: '变更', en: 'Action' },
      options: [
        { value: 'CREATED', label: { zh: '新增', en: 'Created' } },
        { value: 'UPDATED', label: { zh: '更新', en: 'Updated' } },
        { value: 'REMOVED', label: { zh: '撤下', en: 'Removed' } },
      ],
    },
    { name: 'version', type: 'number', required: true, label: { zh: '版本', en: 'Version' } },
    {
      name: 'occurredAt',
      type: 'date',
      required: true,
      label: { zh: '发生时间', en: 'Occurred at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'attempts', type: 'number', required: true, label: { zh: '尝试次数', en: 'Tries' } },
    { name: 'lastError', type: 'textarea', label: { zh: '最近错误', en: 'Last error' } },
    {
      name: 'failedAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '失败时间', en: 'Failed at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'failed',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'failed', label: { zh: '失败', en: 'Failed' } },
        { value: 'redelivered', label: { zh: '已重新送达', en: 'Redelivered' } },
      ],
    },
    {
      name: 'redeliveredAt',
      type: 'date',
      label: { zh: '重新送达时间', en: 'Redelivered at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'redeliver',
      type: 'ui',
      label: { zh: '重新投递', en: 'Redeliver' },
      admin: { position: 'sidebar', components: { Field: '/components/WebhookActions.tsx#RedeliverOne' } },
    },
  ],
}
