/**
 * Webhook subscribers: the platforms (享学拱墅, 杭学通, a street's WeChat
 * page ...) that receive each published change as a signed POST. Editors
 * register and manage them; nobody else sees them. The secret is not a field
 * here: it lives in the delivery state and is shown once, on request
 * (cms/endpoints/webhookSecret.ts).
 */
import type { CollectionConfig } from 'payload'
import { streetField } from '../../fields/streetField.ts'
import { AUDIENCES, TOPICS } from '../../../server/domain/vocabulary.ts'
import { isEditor } from '../../access/isEditor.ts'
import { redeliverFailedEndpoint } from '../../endpoints/webhookRedeliver.ts'
import { revealSecretEndpoint, rotateSecretEndpoint } from '../../endpoints/webhookSecret.ts'
import { vocabularyField } from '../../fields/vocabularyField.ts'
import {
  deliveryStatus,
  dropDeliveryState,
  startDeliveryState,
  validateDeliveryUrl,
} from './hooks/webhookSubscriberHooks.ts'

export const WEBHOOK_EVENT_KINDS = [
  { value: 'course', label: { zh: '课程', en: 'Courses' } },
  { value: 'series', label: { zh: '系列讲座', en: 'Lecture series' } },
  { value: 'session', label: { zh: '讲座场次', en: 'Sessions' } },
  { value: 'collection', label: { zh: '课程专题', en: 'Collections' } },
  { value: 'institution', label: { zh: '机构', en: 'Institutions' } },
  { value: 'teacher', label: { zh: '教师', en: 'Teachers' } },
  { value: 'venue', label: { zh: '场地', en: 'Venues' } },
  { value: 'street', label: { zh: '街道', en: 'Streets' } },
  { value: 'community', label: { zh: '社区', en: 'Communities' } },
]

const SYNDICATION_GROUP = { zh: '对外分发', en: 'Syndication' }

export const WebhookSubscribers: CollectionConfig = {
  slug: 'webhook-subscribers',
  labels: {
    singular: { zh: 'Webhook 订阅方', en: 'Webhook subscriber' },
    plural: { zh: 'Webhook 订阅方', en: 'Webhook subscribers' },
  },
  admin: {
    useAsTitle: 'platform',
    defaultColumns: ['platform', 'url', 'kinds', 'active', 'updatedAt'],
    group: SYNDICATION_GROUP,
    description: {
      zh: '每次发布、更新或撤下内容，都会以签名的 JSON 推送给这些平台。',
      en: 'Every publish, update or withdrawal is pushed to these platforms as signed JSON.',
    },
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  endpoints: [revealSecretEndpoint, rotateSecretEndpoint, redeliverFailedEndpoint],
  hooks: { afterChange: [startDeliveryState], afterDelete: [dropDeliveryState] },
  fields: [
    { name: 'platform', type: 'text', required: true, maxLength: 100, label: { zh: '平台名称', en: 'Platform name' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2_000,
      label: { zh: '接收地址', en: 'Receiving URL' },
      validate: validateDeliveryUrl,
      admin: { description: { zh: '仅限 http(s) 公网地址', en: 'Public http(s) addresses only' } },
    },
    {
      name: 'kinds',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENT_KINDS,
      label: { zh: '订阅的事件类型', en: 'Event kinds' },
    },
    streetField({
      name: 'streets',
      hasMany: true,
      label: { zh: '限定街道（可选）', en: 'Only these streets (optional)' },
      admin: {
        description: {
          zh: '不属于任何街道的内容（全区课程、专题）照常推送',
          en: 'Content tied to no street (district-wide courses, collections) is still sent',
        },
      },
    }),
    vocabularyField({
      name: 'topics',
      vocabulary: TOPICS,
      hasMany: true,
      label: { zh: '限定主题（可选）', en: 'Only these topics (optional)' },
    }),
    vocabularyField({
      name: 'audiences',
      vocabulary: AUDIENCES,
      hasMany: true,
      label: { zh: '限定学习对象（可选）', en: 'Only these audiences (optional)' },
    }),
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '启用', en: 'Active' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'secretActions',
      type: 'ui',
      label: { zh: '签名密钥', en: 'Signing secret' },
      admin: { position: 'sidebar', components: { Field: '/components/WebhookActions.tsx#SubscriberSecret' } },
    },
    {
      name: 'delivery',
      type: 'group',
      virtual: true,
      label: { zh: '投递情况', en: 'Deliveries' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.id) },
      hooks: { afterRead: [deliveryStatus] },
      fields: [
        { name: 'nextEvent', type: 'text', label: { zh: '下一个事件', en: 'Next event' } },
        { name: 'delivered', type: 'number', label: { zh: '已送达', en: 'Delivered' } },
        { name: 'deadLettered', type: 'number', label: { zh: '投递失败（死信）', en: 'Dead-lettered' } },
        {
          name: 'failedTries',
          type: 'number',
          label: { zh: '当前事件失败次数', en: 'Failed tries of the current event' },
        },
        {
          name: 'retryAt',
          type: 'date',
          label: { zh: '下次重试', en: 'Next retry' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'lastDeliveredAt',
          type: 'date',
          label: { zh: '最近送达', en: 'Last delivered' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'lastError', type: 'textarea', label: { zh: '最近错误', en: 'Last error' } },
        {
          name: 'lastErrorAt',
          type: 'date',
          label: { zh: '最近错误时间', en: 'Last error at' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'secretShown', type: 'checkbox', label: { zh: '密钥已显示过', en: 'Secret has been shown' } },
      ],
    },
  ],
}
