'use client'
/**
 * A field of an array row that draws its input only while the row is open.
 * Payload renders every field of every row, collapsed or not, and a series of
 * 60 sessions then mounted 300 select and date-picker inputs: the page froze
 * for a minute. A closed row shows its label (date, time, venue) instead;
 * opening it mounts that row's inputs. The value stays in the form's state
 * either way, so saving, validation and errors are unchanged.
 */
import { DateTimeField, NumberField, SelectField, TextField, useCollapsible } from '@payloadcms/ui'
import type {
  DateFieldClientProps,
  NumberFieldClientProps,
  SelectFieldClientProps,
  TextFieldClientProps,
} from 'payload'
import type { RegistryKind } from '../registry/registryDb.ts'
import { KeptFieldError } from './KeptRefusal.tsx'
import { RegistryPicker } from './RegistryPicker.tsx'

type RowFieldProps = (DateFieldClientProps | NumberFieldClientProps | SelectFieldClientProps | TextFieldClientProps) & {
  /** Set for a field holding registry ids: the registry picker is its input. */
  kind?: RegistryKind
  hasMany?: boolean
}

export function WhenRowOpen(props: RowFieldProps) {
  const { isCollapsed } = useCollapsible()
  if (isCollapsed) return null
  if (props.kind)
    return <RegistryPicker {...(props as TextFieldClientProps & { kind: RegistryKind; hasMany?: boolean })} />
  // A refusal's reason stays under the input until the field is changed (Payload's own error goes at the next form refresh).
  return (
    <div className="session-field" style={{ flex: '1 1 auto' }}>
      <RowInput {...props} />
      <KeptFieldError path={props.path} keptOnly />
    </div>
  )
}

function RowInput(props: RowFieldProps) {
  switch (props.field.type) {
    case 'date':
      return <DateTimeField {...(props as DateFieldClientProps)} />
    case 'select':
      return <SelectField {...(props as SelectFieldClientProps)} />
    case 'number':
      return <NumberField {...(props as NumberFieldClientProps)} />
    default:
      return <TextField {...(props as TextFieldClientProps)} />
  }
}
