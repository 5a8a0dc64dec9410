/**
 * A field naming one or more of Gongshu's 18 streets. The streets are
 * reference data with one home (`server/domain/places/gongshuStreets.ts`,
 * which also seeds the registry's streets): every collection that names a street builds its
 * field here, so a street's id or name is never copied into a collection.
 */
import type { Field, SelectField } from 'payload'
import { GONGSHU_STREETS } from '../../server/domain/places/gongshuStreets.ts'

/** The streets as select options: the registry id stored, the Chinese and English names shown. */
export const STREET_OPTIONS = GONGSHU_STREETS.map((street) => ({
  value: street.id,
  label: { zh: street.name, en: street.nameEn },
}))

export function streetField(
  options: { name: string; label: { zh: string; en: string }; hasMany?: boolean } & Pick<
    SelectField,
    'admin' | 'access' | 'saveToJWT'
  >,
): Field {
  const { hasMany, ...rest } = options
  return hasMany
    ? { ...rest, type: 'select', hasMany: true, options: STREET_OPTIONS }
    : { ...rest, type: 'select', options: STREET_OPTIONS }
}
