/**
 * The editorial desk's log of who did what: review steps, publishing, and
 * the steps of submissions and purchases, each with who, when, on which
 * document and the comment given. Editors list and filter it (by step, kind,
 * person, date); only the workflows write it.
 */
import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor.ts'
import { nobody } from '../../access/nobody.ts'
import { ACTIVITY_ACTIONS, LOGGED_COLLECTIONS } from '../../activity/activityActions.ts'

export const ActivityLog: CollectionConfig = {
  slug: 'activity',
  labels: { singular: { zh: '操作记录', en: 'Activity' }, plural: { zh: '操作记录', en: 'Activity' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'actorName', 'action', 'targetCollection', 'title', 'comment'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '谁在何时做了什么；用“筛选”按操作、类别、人员或时间查找',
      en: 'Who did what and when; use the filters to find a step, a kind, a person or a date',
    },
    listSearchableFields: ['title', 'actorName'],
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '操作', en: 'Step' },
      options: Object.entries(ACTIVITY_ACTIONS).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'targetCollection',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '类别', en: 'Kind' },
      options: Object.entries(LOGGED_COLLECTIONS).map(([value, label]) => ({ value, label })),
    },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '文档编号', en: 'Document id' } },
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { zh: '操作人账号', en: 'Account' },
    },
    { name: 'actorName', type: 'text', label: { zh: '操作人', en: 'By' } },
    { name: 'comment', type: 'textarea', label: { zh: '说明', en: 'Comment' } },
  ],
}
