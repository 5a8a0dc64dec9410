/**
 * Private files: a partner's submission documents and signed purchase
 * contracts. Unlike media, they are never public: a partner sees only its own
 * institution's files, editors see all.
 */
import path from 'node:path'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { env } from '../../../server/config/env.ts'
import type { Attachment } from '../../payload-types.ts'
import { isEditor } from '../../access/isEditor.ts'
import { isEditorOrPartner } from '../../access/isEditorOrPartner.ts'
import { isOwnInstitution } from '../../access/isOwnInstitution.ts'
import { hasRole } from '../../access/roles.ts'
import { registryPicker } from '../../fields/registryReference.ts'

export const ATTACHMENT_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

/** A partner's file always belongs to the partner's institution, whatever the request says. */
const ownedByUploader: CollectionBeforeChangeHook<Attachment> = ({ data, req, operation, originalDoc }) => {
  const user = req.user
  if (user && hasRole(user, 'partner'))
    data.institution = operation === 'create' ? user.institution : originalDoc?.institution
  return data
}

export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: { zh: '附件', en: 'Attachment' }, plural: { zh: '附件', en: 'Attachments' } },
  admin: {
    useAsTitle: 'filename',
    group: { zh: '征集与采购', en: 'Collect and purchase' },
    defaultColumns: ['filename', 'institution', 'createdAt'],
  },
  access: { read: isOwnInstitution, create: isEditorOrPartner, update: isOwnInstitution, delete: isEditor },
  hooks: { beforeChange: [ownedByUploader] },
  upload: { staticDir: path.join(env.dataDir, 'attachments'), mimeTypes: ATTACHMENT_MIME_TYPES },
  fields: [
    { name: 'description', type: 'text', label: { zh: '说明', en: 'Description' } },
    {
      name: 'institution',
      type: 'text',
      index: true,
      label: { zh: '所属机构', en: 'Institution' },
      admin: { readOnly: true, components: registryPicker('institutions') },
    },
  ],
}
