/**
 * Calls for courses (课程征集): the district asks enterprises, training
 * institutions, professionals and universities for courses on a theme, with a
 * deadline, a budget, how many courses it seeks and the rubric reviewers
 * score against. Partners see open calls only; the running figures (how many
 * accepted, how much committed) are for editors.
 */
import type { CollectionConfig } from 'payload'
import { AUDIENCES, TOPICS } from '../../../server/domain/vocabulary.ts'
import { streetField } from '../../fields/streetField.ts'
import { editorsOnly } from '../../access/fieldAccess.ts'
import { isEditor } from '../../access/isEditor.ts'
import { openCallsOrEditor } from '../../access/openCallsOrEditor.ts'
import { vocabularyField } from '../../fields/vocabularyField.ts'
import { callFigures } from './hooks/callFigures.ts'

export const CALL_STATUSES = {
  draft: { zh: '草稿', en: 'Draft' },
  open: { zh: '征集中', en: 'Open' },
  closed: { zh: '已截止', en: 'Closed' },
  archived: { zh: '已归档', en: 'Archived' },
} as const

export const DEFAULT_RUBRIC = [
  { criterion: '内容质量与思想性', weight: 40 },
  { criterion: '与征集主题和对象的契合度', weight: 30 },
  { criterion: '师资与教学设计', weight: 20 },
  { criterion: '性价比', weight: 10 },
]

export const Calls: CollectionConfig = {
  slug: 'calls',
  labels: { singular: { zh: '课程征集', en: 'Call for courses' }, plural: { zh: '课程征集', en: 'Calls for courses' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'deadline', 'budgetCny'],
    group: { zh: '征集与采购', en: 'Collect and purchase' },
  },
  access: { read: openCallsOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { zh: '标题', en: 'Title' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      label: { zh: '状态', en: 'Status' },
      options: Object.entries(CALL_STATUSES).map(([value, label]) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'deadline',
      type: 'date',
      required: true,
      label: { zh: '截止时间', en: 'Deadline' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'theme', type: 'text', localized: true, label: { zh: '主题', en: 'Theme' } },
    vocabularyField({ name: 'topics', vocabulary: TOPICS, hasMany: true, label: { zh: '课程主题', en: 'Topics' } }),
    vocabularyField({
      name: 'audiences',
      vocabulary: AUDIENCES,
      hasMany: true,
      label: { zh: '学习对象', en: 'Audiences' },
    }),
    { name: 'description', type: 'textarea', localized: true, label: { zh: '征集说明', en: 'Description' } },
    { name: 'eligibility', type: 'textarea', localized: true, label: { zh: '申报条件', en: 'Eligibility' } },
    {
      name: 'budgetCny',
      type: 'number',
      min: 0,
      required: true,
      defaultValue: 0,
      label: { zh: '预算（元）', en: 'Budget (CNY)' },
    },
    { name: 'seeks', type: 'number', min: 1, label: { zh: '拟征集课程数', en: 'Courses sought' } },
    streetField({ name: 'streets', hasMany: true, label: { zh: '服务街道（可选）', en: 'Streets served (optional)' } }),
    {
      name: 'rubric',
      type: 'array',
      label: { zh: '评分细则', en: 'Rubric' },
      labels: { singular: { zh: '评分项', en: 'Criterion' }, plural: { zh: '评分项', en: 'Criteria' } },
      defaultValue: DEFAULT_RUBRIC,
      access: editorsOnly,
      fields: [
        { name: 'criterion', type: 'text', required: true, label: { zh: '评分项', en: 'Criterion' } },
        { name: 'weight', type: 'number', required: true, min: 1, max: 100, label: { zh: '权重', en: 'Weight' } },
      ],
    },
    {
      name: 'figures',
      type: 'group',
      virtual: true,
      label: { zh: '进展', en: 'Progress' },
      access: editorsOnly,
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [callFigures] },
      fields: [
        { name: 'submissions', type: 'number', label: { zh: '申报数', en: 'Submissions' } },
        { name: 'accepted', type: 'number', label: { zh: '已录用', en: 'Accepted' } },
        { name: 'committedCny', type: 'number', label: { zh: '已承诺金额（元）', en: 'Committed (CNY)' } },
      ],
    },
  ],
}
