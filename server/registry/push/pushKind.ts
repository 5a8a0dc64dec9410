/** What the push engine needs to know about one kind of registry record. */
import type { ChangeKind } from '../../changes/changeLog.ts'
import type { RegistryKind } from '../shared/collections.ts'
import type { Normalized, NormalizeContext } from './normalized.ts'

export interface PushKind<TInput, TContent> {
  name: RegistryKind
  collection: string
  /** How the change log names one record of this kind. */
  changeKind: ChangeKind
  validate(input: TInput, path: string, ctx: NormalizeContext): Normalized<TContent>
  /** The street a record belongs to, for coordinators' rights. */
  streetOf(content: TContent): string | null
  /** The parent reference, for kinds that form a tree (institutions). */
  parentOf?(content: TContent): string | null
}
