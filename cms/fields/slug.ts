/**
 * A URL slug field: generated from another field (Chinese becomes pinyin, so
 * 智慧助老 gives "zhi-hui-zhu-lao"), editable, and unique within its collection.
 */
import type { Field, FieldHook } from 'payload'
import { slugify } from 'transliteration'

export function toSlug(text: string): string {
  return slugify(text, { lowercase: true, separator: '-', trim: true }).slice(0, 96)
}

export function slugField(fromField: string): Field {
  const fillFromSource: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return toSlug(value)
    const source = data?.[fromField]
    return typeof source === 'string' && source.trim() !== '' ? toSlug(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { zh: '网址别名', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: { zh: '留空则按标题拼音自动生成', en: 'Left empty, it is made from the title' },
    },
    hooks: { beforeValidate: [fillFromSource] },
  }
}
