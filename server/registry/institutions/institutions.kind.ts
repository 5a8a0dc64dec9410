/** Institutions as the push engine sees them. */
import type { PushKind } from '../push/pushKind.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import type { InstitutionContent } from './institution.content.ts'
import type { InstitutionInput } from './institution.input.ts'
import { validateInstitution } from './validateInstitution.ts'

export const institutionsKind: PushKind<InstitutionInput, InstitutionContent> = {
  name: 'institutions',
  changeKind: 'institution',
  collection: REGISTRY_COLLECTIONS.institutions,
  validate: validateInstitution,
  streetOf: (content) => content.streetId,
  parentOf: (content) => content.parentId,
}
