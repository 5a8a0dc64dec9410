/** A select field over one of the domain's vocabularies, labelled in Chinese and English. */
import type { Field } from 'payload'
import type { Vocabulary } from '../../server/domain/vocabulary.ts'

export function vocabularyField<K extends string>(options: {
  name: string
  vocabulary: Vocabulary<K>
  label: { zh: string; en: string }
  hasMany?: boolean
  required?: boolean
}): Field {
  return {
    name: options.name,
    type: 'select',
    hasMany: options.hasMany ?? false,
    required: options.required ?? false,
    label: options.label,
    options: (Object.keys(options.vocabulary) as K[]).map((value) => ({ value, label: { zh: options.vocabulary[value].zh, en: options.vocabulary[value].en } })),
  } as Field
}
