/**
 * The database handle under the CMS's own connection: the registry and the
 * catalogue live beside Payload's collections, and the CMS reads and writes
 * them with the plain driver.
 */
import type { Db } from 'mongodb'
import type { Payload } from 'payload'

export function payloadDb(payload: Payload): Db {
  const db: Db | undefined = payload.db.connection.db
  if (!db) throw new Error('The CMS database connection is not open.')
  return db
}
