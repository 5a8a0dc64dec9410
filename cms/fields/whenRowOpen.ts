/**
 * Gives the fields of an array's rows the input that is drawn only while its
 * row is open (cms/components/WhenRowOpen.tsx), keeping a registry field's
 * picker as that input. For arrays with many rows of select and date fields,
 * where Payload's own inputs in every row freeze the page.
 */
import type { Field } from 'payload'

const WHEN_ROW_OPEN = '/components/WhenRowOpen.tsx#WhenRowOpen'

interface CustomField {
  path: string
  clientProps?: Record<string, unknown>
}

export function whenRowOpen(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'row') return { ...field, fields: whenRowOpen(field.fields) }
    if (!('name' in field)) return field
    const admin = (field.admin ?? {}) as { components?: { Field?: CustomField } }
    const own = admin.components?.Field
    return {
      ...field,
      admin: {
        ...admin,
        components: { ...admin.components, Field: { path: WHEN_ROW_OPEN, clientProps: own?.clientProps ?? {} } },
      },
    } as Field
  })
}
