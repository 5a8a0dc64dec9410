/**
 * Makes a workflow collection's refusals stay under the field they name
 * (cms/components/KeptRefusal.tsx): every field drawn by Payload's own inputs
 * shows its error through `KeptFieldError`, and a sidebar ui field notes the
 * errors of each refused save. Fields with an input of ours (the registry
 * picker, a session row's input) draw `KeptFieldError` themselves, so they
 * are left as they are; so is any field that already names its own error.
 */
import type { Field } from 'payload'

export const KEPT_FIELD_ERROR = '/components/KeptRefusal.tsx#KeptFieldError'
const RECORDER = '/components/KeptRefusal.tsx#RefusalRecorder'

interface Components {
  Field?: unknown
  Error?: unknown
}

function withKeptError(field: Field): Field {
  switch (field.type) {
    case 'row':
    case 'collapsible':
      return { ...field, fields: field.fields.map(withKeptError) }
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withKeptError) })) }
    case 'ui':
      return field
    default: {
      if (!('name' in field)) return field
      const admin = (field.admin ?? {}) as { components?: Components }
      const nested = 'fields' in field && Array.isArray(field.fields) ? { fields: field.fields.map(withKeptError) } : {}
      // Groups and arrays draw no error of their own; their fields do.
      if (field.type === 'group' || field.type === 'array') return { ...field, ...nested } as Field
      if (admin.components?.Field || admin.components?.Error) return { ...field, ...nested } as Field
      return {
        ...field,
        ...nested,
        admin: { ...admin, components: { ...admin.components, Error: KEPT_FIELD_ERROR } },
      } as Field
    }
  }
}

export function keptRefusals(fields: Field[]): Field[] {
  return [
    ...fields.map(withKeptError),
    {
      name: 'refusals',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: RECORDER } },
    },
  ]
}
