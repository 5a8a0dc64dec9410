/**
 * Courses (课程): the editorial desk's main product. Localized (zh default,
 * en), with drafts, versions, review and scheduled publishing, so an edit
 * never touches the published copy until a second editor approves it.
 */
import type { CollectionConfig } from 'payload'
import { AUDIENCES, LEARNING_MODES, TOPICS } from '../../../server/domain/vocabulary.ts'
import { isEditor } from '../../access/isEditor.ts'
import { courseProjector } from '../../catalogue/projectors.ts'
import { checkLicenseOnPublish } from './hooks/checkLicenseOnPublish.ts'
import { reviewFields } from '../../editorial/reviewFields.ts'
import { reviewedContent } from '../../editorial/reviewedContent.ts'
import { coverField } from '../../fields/coverField.ts'
import { registryReferenceField } from '../../fields/registryReference.ts'
import { slugField } from '../../fields/slug.ts'
import { vocabularyField } from '../../fields/vocabularyField.ts'
import { previewUrl } from '../../config/previewUrl.ts'
import { keptRefusals } from '../../fields/keptRefusals.ts'

/** What a published course may change without another review: its suggestions, its picture, and the license its purchase sets. */
export const COURSE_REVIEW_EXEMPT = ['relatedCourses', 'cover', 'licenseExpiresAt'] as const

export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: {
    singular: { zh: '课程', en: 'Course' },
    plural: { zh: '课程', en: 'Courses' },
  },
  admin: {
    useAsTitle: 'title',
    // 预览: the latest draft as the public graph answers for it (the hub's preview page).
    preview: previewUrl('courses'),
    defaultColumns: ['title', 'slug', 'review.state', '_status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  ...reviewedContent({ projector: courseProjector, exempt: COURSE_REVIEW_EXEMPT, onPublish: [checkLicenseOnPublish] }),
  access: {
    read: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: isEditor,
  },
  fields: keptRefusals([
    { name: 'title', type: 'text', required: true, localized: true, label: { zh: '标题', en: 'Title' } },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: { zh: '简介', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { zh: '正文', en: 'Body' } },
    vocabularyField({ name: 'topics', vocabulary: TOPICS, hasMany: true, label: { zh: '主题', en: 'Topics' } }),
    vocabularyField({
      name: 'audiences',
      vocabulary: AUDIENCES,
      hasMany: true,
      label: { zh: '学习对象', en: 'Audiences' },
    }),
    vocabularyField({ name: 'mode', vocabulary: LEARNING_MODES, label: { zh: '学习方式', en: 'Mode' } }),
    registryReferenceField({
      name: 'provider',
      kind: 'institutions',
      label: { zh: '提供机构', en: 'Provider institution' },
    }),
    registryReferenceField({
      name: 'teachers',
      kind: 'teachers',
      hasMany: true,
      label: { zh: '授课教师', en: 'Teachers' },
    }),
    {
      name: 'relatedCourses',
      type: 'relationship',
      relationTo: 'courses',
      hasMany: true,
      label: { zh: '相关课程', en: 'Related courses' },
      admin: { description: { zh: '课程页上推荐的其他课程', en: 'Other courses suggested on this course’s page' } },
    },
    {
      name: 'creditHours',
      type: 'number',
      min: 0,
      max: 200,
      label: { zh: '学时', en: 'Credit hours' },
      admin: { description: { zh: '可记入浙江省学分银行', en: 'Recordable by the Zhejiang credit bank' } },
    },
    {
      name: 'durationMinutes',
      type: 'number',
      min: 1,
      max: 60 * 200,
      label: { zh: '时长（分钟）', en: 'Duration (minutes)' },
    },
    coverField,
    { name: 'free', type: 'checkbox', defaultValue: true, label: { zh: '免费', en: 'Free' } },
    {
      name: 'price',
      type: 'number',
      min: 0,
      label: { zh: '学员价格（元）', en: 'Price to learners (CNY)' },
      admin: { condition: (data) => data?.free === false },
    },
    {
      name: 'origin',
      type: 'group',
      label: { zh: '来源', en: 'Origin' },
      fields: [
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'own',
          label: { zh: '来源方式', en: 'How we have it' },
          options: [
            { value: 'own', label: { zh: '自建', en: 'Own production' } },
            { value: 'submission', label: { zh: '征集录用', en: 'Accepted submission' } },
            { value: 'purchase', label: { zh: '购买', en: 'Purchased' } },
          ],
        },
        {
          name: 'submission',
          type: 'relationship',
          relationTo: 'submissions',
          label: { zh: '来源申报', en: 'From submission' },
          admin: { readOnly: true },
        },
        {
          name: 'purchase',
          type: 'relationship',
          relationTo: 'purchases',
          label: { zh: '来源采购', en: 'From purchase' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'licenseExpiresAt',
      type: 'date',
      label: { zh: '授权到期日', en: 'License expiry' },
      admin: {
        condition: (data) => data?.origin?.kind === 'purchase',
        description: { zh: '到期后课程自动下架', en: 'The course leaves the catalogue when it expires' },
      },
    },
    ...reviewFields,
  ]),
}
