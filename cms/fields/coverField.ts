/**
 * The cover of a course, series or collection: an image from the media
 * library (documents are not offered), which the catalogue publishes as a URL.
 */
import type { Field } from 'payload'

export const coverField: Field = {
  name: 'cover',
  type: 'upload',
  relationTo: 'media',
  label: { zh: '封面', en: 'Cover' },
  filterOptions: { kind: { equals: 'image' } },
}
