/**
 * Images and documents: course covers, venue archives, contracts. Types and
 * size are limited; files live under the data folder next to the database.
 */
import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { env } from '../../../server/config/env.ts'
import { isEditor } from '../../access/isEditor.ts'
import { checkMediaFile, MEDIA_KINDS } from './hooks/checkMediaFile.ts'

export const MEDIA_MIME_TYPES = [...MEDIA_KINDS.image, ...MEDIA_KINDS.document]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { zh: '媒体文件', en: 'Media' },
    plural: { zh: '媒体文件', en: 'Media' },
  },
  // Partners work only on their submissions: the lean admin shows them nothing else.
  admin: { group: { zh: '内容', en: 'Content' }, hidden: ({ user }) => user?.role === 'partner' },
  access: {
    read: () => true,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: { beforeValidate: [checkMediaFile] },
  upload: {
    staticDir: path.join(env.dataDir, 'media'),
    mimeTypes: MEDIA_MIME_TYPES,
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, label: { zh: '替代文字', en: 'Alt text' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'image',
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'image', label: { zh: '图片', en: 'Image' } },
        { value: 'document', label: { zh: '文档', en: 'Document' } },
      ],
    },
  ],
}
