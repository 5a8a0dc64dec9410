/**
 * What the hub told each person (a submission received, changes requested,
 * a decision), kept so the recipient reads it in the admin too, and whether
 * its email went out: a failed send is shown here and logged, never lost.
 * Only the delivery writes these; each person lists their own.
 */
import type { Access, CollectionConfig } from 'payload'
import { NOTICE_EVENTS, NOTICE_EVENT_LABELS } from '../../../server/domain/collect/submissionNotices.ts'
import { hasRole } from '../../access/roles.ts'
import { nobody } from '../../access/nobody.ts'

/** A person reads their own notices; an administrator reads all (to see failed sends). */
const ownNotices: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { recipient: { equals: req.user.id } }
}

export const EMAIL_STATES = {
  pending: { zh: '发送中', en: 'Sending' },
  sent: { zh: '已发送', en: 'Sent' },
  failed: { zh: '发送失败', en: 'Failed' },
  not_configured: { zh: '未配置邮件服务器', en: 'No mail server configured' },
} as const

export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { zh: '通知', en: 'Notification' }, plural: { zh: '通知', en: 'Notifications' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'event', 'emailStatus', 'createdAt'],
    group: { zh: '我的', en: 'Mine' },
    description: { zh: '发给您的通知，同时已发送邮件', en: 'Notices sent to you, also by email' },
  },
  defaultSort: '-createdAt',
  access: { read: ownNotices, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'subject', type: 'text', required: true, label: { zh: '标题', en: 'Subject' }, admin: { readOnly: true } },
    {
      name: 'event',
      type: 'select',
      required: true,
      label: { zh: '事件', en: 'Event' },
      options: NOTICE_EVENTS.map((value) => ({ value, label: NOTICE_EVENT_LABELS[value] })),
      admin: { readOnly: true },
    },
    { name: 'body', type: 'textarea', label: { zh: '内容', en: 'Message' }, admin: { readOnly: true } },
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'submissions',
      label: { zh: '课程申报', en: 'Submission' },
      admin: { readOnly: true },
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { zh: '收件人', en: 'Recipient' },
      admin: { readOnly: true },
    },
    {
      name: 'emailStatus',
      type: 'select',
      defaultValue: 'pending',
      label: { zh: '邮件', en: 'Email' },
      options: Object.entries(EMAIL_STATES).map(([value, label]) => ({ value, label })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'emailError',
      type: 'text',
      label: { zh: '发送失败原因', en: 'Why the email failed' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.emailStatus === 'failed' },
    },
    {
      name: 'emailedAt',
      type: 'date',
      label: { zh: '发送时间', en: 'Emailed at' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
