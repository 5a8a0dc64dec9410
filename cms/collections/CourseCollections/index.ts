/**
 * Course collections (专题): curated, ordered lists of courses and lecture
 * series around a theme and an audience, such as 智慧助老 for older adults.
 */
import type { CollectionConfig } from 'payload'
import { limits } from '../../../server/config/limits.ts'
import { AUDIENCES } from '../../../server/domain/vocabulary.ts'
import { isEditor } from '../../access/isEditor.ts'
import { collectionProjector } from '../../catalogue/projectors.ts'
import { coverField } from '../../fields/coverField.ts'
import { slugField } from '../../fields/slug.ts'
import { vocabularyField } from '../../fields/vocabularyField.ts'
import { reviewFields } from '../../editorial/reviewFields.ts'
import { reviewedContent } from '../../editorial/reviewedContent.ts'
import { previewUrl } from '../../config/previewUrl.ts'
import { keptRefusals } from '../../fields/keptRefusals.ts'

/** Reordering or recovering a collection's picture needs no new review. */
export const COLLECTION_REVIEW_EXEMPT = ['cover'] as const

export const CourseCollections: CollectionConfig = {
  slug: 'course-collections',
  labels: {
    singular: { zh: '课程专题', en: 'Course collection' },
    plural: { zh: '课程专题', en: 'Course collections' },
  },
  admin: {
    useAsTitle: 'title',
    // 预览: the latest draft as the public graph answers for it (the hub's preview page).
    preview: previewUrl('course-collections'),
    defaultColumns: ['title', 'slug', 'review.state', '_status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  ...reviewedContent({ projector: collectionProjector, exempt: COLLECTION_REVIEW_EXEMPT }),
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
    { name: 'theme', type: 'text', localized: true, label: { zh: '主题语', en: 'Theme' } },
    vocabularyField({
      name: 'audiences',
      vocabulary: AUDIENCES,
      hasMany: true,
      label: { zh: '学习对象', en: 'Audiences' },
    }),
    { name: 'intro', type: 'textarea', localized: true, label: { zh: '导语', en: 'Introduction' } },
    coverField,
    {
      name: 'items',
      type: 'relationship',
      relationTo: ['courses', 'lecture-series'],
      hasMany: true,
      maxRows: limits.editorial.maxCollectionItems,
      label: { zh: '课程与讲座（按顺序）', en: 'Courses and series (in order)' },
      admin: { isSortable: true },
    },
    ...reviewFields,
  ]),
}
