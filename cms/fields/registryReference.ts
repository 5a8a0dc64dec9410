/**
 * A field holding registry ids (an institution, teachers, a venue), edited in
 * the admin with the registry picker. Saving a document that names an id the
 * registry does not have is refused with the ids named. Drafts are not
 * validated, so the check bites on publish.
 */
import type { Field, PayloadRequest } from 'payload'
import { missingRegistryIds, type RegistryKind } from '../registry/registryDb.ts'

const NOUNS: Record<RegistryKind, { zh: string; en: string }> = {
  institutions: { zh: '机构', en: 'institution' },
  teachers: { zh: '教师', en: 'teacher' },
  venues: { zh: '场地', en: 'venue' },
}

export function registryReferenceField(options: {
  name: string
  kind: RegistryKind
  hasMany?: boolean
  /** Most ids a hasMany field holds. */
  maxRows?: number
  required?: boolean
  label: { zh: string; en: string }
}): Field {
  const noun = NOUNS[options.kind]
  const validate = async (value: unknown, { req }: { req: PayloadRequest }): Promise<string | true> => {
    const ids = (Array.isArray(value) ? value : value ? [value] : []).filter(
      (id): id is string => typeof id === 'string' && id !== '',
    )
    if (options.required && ids.length === 0) return `请选择${noun.zh}。Pick a ${noun.en}.`
    if (options.maxRows !== undefined && ids.length > options.maxRows)
      return `最多 ${options.maxRows} 个${noun.zh}。At most ${options.maxRows} (${noun.en}).`
    const missing = await missingRegistryIds(req, options.kind, ids)
    if (missing.length === 0) return true
    return `登记中没有${noun.zh}：${missing.join('、')}。No ${noun.en} ${missing.map((id) => `"${id}"`).join(', ')} in the registry.`
  }
  return {
    name: options.name,
    type: 'text',
    hasMany: options.hasMany ?? false,
    ...(options.maxRows === undefined ? {} : { maxRows: options.maxRows }),
    label: options.label,
    validate,
    index: true,
    admin: {
      description: {
        zh: `输入名称中的字，从登记库中选择${noun.zh}（保存其登记编号）`,
        en: `Type part of the name to pick the ${noun.en} from the registry (stores its registry id, source:externalId)`,
      },
      components: registryPicker(options.kind, options.hasMany),
    },
  } as Field
}

/**
 * The admin input of a field holding registry ids: people never type ids,
 * the picker searches the registry (cms/endpoints/registrySearch.ts), and a
 * read-only field shows the record's name instead of its id.
 */
export function registryPicker(kind: RegistryKind, hasMany = false) {
  return {
    Field: { path: '/components/RegistryPicker.tsx#RegistryPicker', clientProps: { kind, hasMany } },
    // A list column shows the records' names too.
    Cell: { path: '/components/RegistryCell.tsx#RegistryCell', clientProps: { kind } },
  }
}
