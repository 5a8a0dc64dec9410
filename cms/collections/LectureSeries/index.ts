/**
 * Lecture series (系列讲座): 市民大课堂, 社区老年学堂, learning-week
 * programmes, each a run of sessions at registry venues with registry
 * teachers. Editors own them; street coordinators schedule sessions at their
 * own street's venues. Publishing checks every session against the registry.
 */
import type { CollectionConfig } from 'payload'
import { limits } from '../../../server/config/limits.ts'
import { AUDIENCES, TOPICS } from '../../../server/domain/vocabulary.ts'
import { isEditor } from '../../access/isEditor.ts'
import { isEditorOrCoordinator } from '../../access/isEditorOrCoordinator.ts'
import { seriesProjector } from '../../catalogue/projectors.ts'
import { coverField } from '../../fields/coverField.ts'
import { registryReferenceField } from '../../fields/registryReference.ts'
import { slugField } from '../../fields/slug.ts'
import { vocabularyField } from '../../fields/vocabularyField.ts'
import { whenRowOpen } from '../../fields/whenRowOpen.ts'
import { checkSessionsOnPublish } from './hooks/checkSessionsOnPublish.ts'
import { coordinatorSessionScope } from './hooks/coordinatorSessionScope.ts'
import { reviewFields } from '../../editorial/reviewFields.ts'
import { reviewedContent } from '../../editorial/reviewedContent.ts'
import { previewUrl } from '../../config/previewUrl.ts'
import { keptRefusals } from '../../fields/keptRefusals.ts'

/** Moving, cancelling or relinking a session of a published series needs no new review. */
export const SERIES_REVIEW_EXEMPT = [
  'sessions.*.startsAt',
  'sessions.*.endsAt',
  'sessions.*.status',
  'sessions.*.onlineUrl',
  'cover',
] as const

export const SERIES_BRANDS = {
  citizen_lecture: { zh: '市民大课堂', en: 'Citizens’ Lecture Hall' },
  elderly_school: { zh: '社区老年学堂', en: 'Community School for Older Adults' },
  learning_week: { zh: '全民终身学习活动周', en: 'Lifelong Learning Week' },
  other: { zh: '其他', en: 'Other' },
} as const

const isHttpUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : '线上链接须以 http(s):// 开头。The online link must be an http(s) URL.'
  } catch {
    return '线上链接不是有效网址。The online link is not a valid URL.'
  }
}

export const LectureSeries: CollectionConfig = {
  slug: 'lecture-series',
  labels: {
    singular: { zh: '系列讲座', en: 'Lecture series' },
    plural: { zh: '系列讲座', en: 'Lecture series' },
  },
  admin: {
    useAsTitle: 'title',
    // 预览: the latest draft as the public graph answers for it (the hub's preview page).
    preview: previewUrl('lecture-series'),
    defaultColumns: ['title', 'brand', 'review.state', '_status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  ...reviewedContent({
    projector: seriesProjector,
    exempt: SERIES_REVIEW_EXEMPT,
    before: [coordinatorSessionScope],
    onPublish: [checkSessionsOnPublish],
  }),
  access: {
    read: isEditorOrCoordinator,
    create: isEditorOrCoordinator,
    update: isEditorOrCoordinator,
    delete: isEditor,
    readVersions: isEditorOrCoordinator,
  },
  fields: keptRefusals([
    {
      name: 'brand',
      type: 'select',
      required: true,
      defaultValue: 'citizen_lecture',
      label: { zh: '品牌', en: 'Brand' },
      options: Object.entries(SERIES_BRANDS).map(([value, label]) => ({ value, label })),
    },
    { name: 'title', type: 'text', required: true, localized: true, label: { zh: '标题', en: 'Title' } },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: { zh: '简介', en: 'Summary' } },
    vocabularyField({ name: 'topics', vocabulary: TOPICS, hasMany: true, label: { zh: '主题', en: 'Topics' } }),
    vocabularyField({
      name: 'audiences',
      vocabulary: AUDIENCES,
      hasMany: true,
      label: { zh: '学习对象', en: 'Audiences' },
    }),
    coverField,
    {
      name: 'sessions',
      type: 'array',
      label: { zh: '场次', en: 'Sessions' },
      labels: { singular: { zh: '场次', en: 'Session' }, plural: { zh: '场次', en: 'Sessions' } },
      maxRows: limits.editorial.maxSessionsPerSeries,
      // Rows stay closed and labelled with day, hours and venue; a row's inputs exist only while it is open (60 rows of them froze the page).
      admin: { initCollapsed: true, components: { RowLabel: '/components/SessionRowLabel.tsx#SessionRowLabel' } },
      fields: whenRowOpen([
        { name: 'title', type: 'text', localized: true, label: { zh: '本场主题', en: 'Session title' } },
        {
          type: 'row',
          fields: [
            {
              name: 'startsAt',
              type: 'date',
              required: true,
              label: { zh: '开始', en: 'Starts' },
              admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
            },
            {
              name: 'endsAt',
              type: 'date',
              required: true,
              label: { zh: '结束', en: 'Ends' },
              admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
            },
          ],
        },
        registryReferenceField({ name: 'venue', kind: 'venues', label: { zh: '场地', en: 'Venue' } }),
        registryReferenceField({
          name: 'teachers',
          kind: 'teachers',
          hasMany: true,
          label: { zh: '授课教师', en: 'Teachers' },
        }),
        {
          type: 'row',
          fields: [
            { name: 'capacity', type: 'number', min: 1, max: 5000, label: { zh: '人数上限', en: 'Capacity' } },
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'scheduled',
              label: { zh: '状态', en: 'Status' },
              options: [
                { value: 'scheduled', label: { zh: '已排期', en: 'Scheduled' } },
                { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
              ],
            },
          ],
        },
        { name: 'onlineUrl', type: 'text', label: { zh: '线上链接', en: 'Online link' }, validate: isHttpUrl },
      ]),
    },
    ...reviewFields,
  ]),
}
