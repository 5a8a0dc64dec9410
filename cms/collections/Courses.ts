/**
 * Courses (课程): the editorial desk's main product. Localized (zh default,
 * en), with drafts and versions so an edit never touches the published copy.
 */
import type { CollectionConfig } from 'payload'
import { AUDIENCES, LEARNING_MODES, TOPICS } from '../../server/domain/vocabulary.ts'
import { isEditor } from '../access/isEditor.ts'
import { projectCourseAfterChange, projectCourseAfterDelete } from '../hooks/projectCourse.ts'
import { registryReferenceField } from '../fields/registryReference.ts'
import { slugField } from '../fields/slug.ts'
import { vocabularyField } from '../fields/vocabularyField.ts'

export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: {
    singular: { zh: '课程', en: 'Course' },
    plural: { zh: '课程', en: 'Courses' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [projectCourseAfterChange],
    afterDelete: [projectCourseAfterDelete],
  },
  access: {
    read: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: isEditor,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { zh: '标题', en: 'Title' } },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: { zh: '简介', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { zh: '正文', en: 'Body' } },
    vocabularyField({ name: 'topics', vocabulary: TOPICS, hasMany: true, label: { zh: '主题', en: 'Topics' } }),
    vocabularyField({ name: 'audiences', vocabulary: AUDIENCES, hasMany: true, label: { zh: '学习对象', en: 'Audiences' } }),
    vocabularyField({ name: 'mode', vocabulary: LEARNING_MODES, label: { zh: '学习方式', en: 'Mode' } }),
    registryReferenceField({ name: 'provider', kind: 'institutions', label: { zh: '提供机构', en: 'Provider institution' } }),
    registryReferenceField({ name: 'teachers', kind: 'teachers', hasMany: true, label: { zh: '授课教师', en: 'Teachers' } }),
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
  ],
}
