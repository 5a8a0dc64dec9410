/** Teachers as the push engine sees them. */
import type { PushKind } from '../push/pushKind.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import type { TeacherContent } from './teacher.content.ts'
import type { TeacherInput } from './teacher.input.ts'
import { validateTeacher } from './validateTeacher.ts'

export const teachersKind: PushKind<TeacherInput, TeacherContent> = {
  name: 'teachers',
  changeKind: 'teacher',
  collection: REGISTRY_COLLECTIONS.teachers,
  validate: validateTeacher,
  streetOf: (content) => content.streetId,
}
