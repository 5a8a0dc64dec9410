/**
 * A media file must match its declared kind (a cover is an image, a contract
 * a PDF) and fit the size limit; either refusal names the file field.
 */
import type { CollectionBeforeValidateHook } from 'payload'
import { limits } from '../../../../server/config/limits.ts'
import { refuseField } from '../../../errors/refuseFields.ts'
import type { Media } from '../../../payload-types.ts'

export const MEDIA_KINDS = {
  image: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
  document: ['application/pdf'],
} as const

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export const checkMediaFile: CollectionBeforeValidateHook<Media> = ({ data, req, originalDoc }) => {
  const file = req.file
  const kind = data?.kind ?? originalDoc?.kind ?? 'image'
  const mimeType = file?.mimetype ?? data?.mimeType ?? originalDoc?.mimeType
  const refuse = (message: string): never => {
    return refuseField(req, 'media', 'file', message)
  }
  if (file && file.size > limits.uploads.maxFileBytes) {
    refuse(
      `文件 ${megabytes(file.size)}，超过上限 ${megabytes(limits.uploads.maxFileBytes)}。The file is larger than ${megabytes(limits.uploads.maxFileBytes)}.`,
    )
  }
  if (mimeType && !(MEDIA_KINDS[kind] as readonly string[]).includes(mimeType)) {
    const wanted = kind === 'image' ? '图片（PNG、JPEG、WebP、GIF）' : 'PDF 文档'
    refuse(
      `“${kind === 'image' ? '图片' : '文档'}”须为${wanted}，收到 ${mimeType}。A ${kind} must be ${MEDIA_KINDS[kind].join(', ')}; got ${mimeType}.`,
    )
  }
  return data
}
