/**
 * Payload adds its edit-locks collection (`payload-locked-documents`) while it
 * builds the configuration, after plugins have run, and opens it to every
 * signed-in user. This puts the hub's rules on it once it is built: locks go
 * with the right to change (or, to see them, to read) the locked document.
 */
import type { SanitizedConfig } from 'payload'
import { lockTakenOverInOwnName } from '../access/lockTakenOverInOwnName.ts'
import { locksOnReadableDocuments } from '../access/locksOnReadableDocuments.ts'
import { locksOnUpdatableDocuments } from '../access/locksOnUpdatableDocuments.ts'
import { ownLockOnUpdatableDocument } from '../access/ownLockOnUpdatableDocument.ts'
import { LOCKS } from './lockableDocuments.ts'

export function guardDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) throw new Error(`Payload no longer builds ${LOCKS}: review cms/locks/ before upgrading.`)
  locks.access = {
    ...locks.access,
    read: locksOnReadableDocuments,
    create: ownLockOnUpdatableDocument,
    update: lockTakenOverInOwnName,
    delete: locksOnUpdatableDocuments,
  }
  return config
}
