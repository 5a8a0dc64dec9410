/**
 * Dates in the admin are written the Chinese way ("2026年12月1日 14:30"),
 * not Payload's English default ("Dec 1, 2026 6:30 AM"): every date field
 * of every collection gets a Chinese display format unless it names its own,
 * and the admin's root format (lists, versions) is the same. The clock is the
 * district's: the admin server runs on Asia/Shanghai (cms/next.config.ts),
 * as its editors' browsers do.
 */
import type { CollectionConfig, Field } from 'payload'

/** date-fns patterns */
export const CHINESE_DATE_TIME = 'yyyy年M月d日 HH:mm'
export const CHINESE_DATE = 'yyyy年M月d日'

type DateAdmin = { date?: { pickerAppearance?: string; displayFormat?: string } }

function withFormat(field: Field): Field {
  switch (field.type) {
    case 'date': {
      const admin = (field.admin ?? {}) as DateAdmin
      if (admin.date?.displayFormat) return field
      const appearance = admin.date?.pickerAppearance ?? 'dayOnly'
      const displayFormat =
        appearance === 'dayOnly' ? CHINESE_DATE : appearance === 'dayAndTime' ? CHINESE_DATE_TIME : undefined
      if (!displayFormat) return field
      return { ...field, admin: { ...field.admin, date: { ...admin.date, displayFormat } } } as Field
    }
    case 'row':
    case 'collapsible':
    case 'group':
    case 'array':
      return { ...field, fields: field.fields.map(withFormat) } as Field
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFormat) })) }
    default:
      return field
  }
}

export function withChineseDates(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(withFormat) }
}
