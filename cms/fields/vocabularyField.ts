/**
 * A select field over one of the domain's vocabularies, labelled in Chinese
 * and English. Unknown terms are refused on every save, drafts included (a
 * draft skips validation, and the database would refuse the value anyway).
 */
import type { Field, FieldHook } from 'payload'
import { refuseField } from '../errors/refuseFields.ts'
import type { Vocabulary } from '../../server/domain/vocabulary.ts'

export function vocabularyField<K extends string>(options: {
  name: string
  vocabulary: Vocabulary<K>
  label: { zh: string; en: string }
  hasMany?: boolean
  required?: boolean
}): Field {
  const known = new Set<string>(Object.keys(options.vocabulary))
  const refuseUnknown: FieldHook = ({ value, path, req, collection }) => {
    const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
    const unknown = values.filter((term) => !known.has(String(term)))
    if (unknown.length === 0) return value
    return refuseField(
      req,
      collection?.slug,
      path.join('.'),
      `“${options.label.zh}”中没有 ${unknown.join('、')}。Not a term of ${options.label.en}: ${unknown.join(', ')}.`,
    )
  }
  return {
    hooks: { beforeValidate: [refuseUnknown] },
    name: options.name,
    type: 'select',
    hasMany: options.hasMany ?? false,
    required: options.required ?? false,
    label: options.label,
    options: (Object.keys(options.vocabulary) as K[]).map((value) => ({
      value,
      label: { zh: options.vocabulary[value].zh, en: options.vocabulary[value].en },
    })),
  } as Field
}
