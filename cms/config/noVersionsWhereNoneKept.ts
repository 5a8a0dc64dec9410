/**
 * Payload serves /api/<collection>/versions for every collection, and for one
 * that keeps no versions (submissions, users, calls, ...) it lets the request
 * through access and then fails in the database with a server error. There is
 * nothing to read there: the request is refused as forbidden instead.
 */
import type { SanitizedConfig } from 'payload'
import { nobody } from '../access/nobody.ts'

export function noVersionsWhereNoneKept(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!collection.versions) collection.access.readVersions = nobody
  }
  return config
}
