/** A fingerprint of a record's content, so re-pushing identical data writes nothing. */
import { createHash } from 'node:crypto'
import stringify from 'safe-stable-stringify'

export function contentHash(content: unknown): string {
  return createHash('sha1').update(stringify(content) ?? '').digest('hex')
}
