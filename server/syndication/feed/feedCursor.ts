/**
 * The change feed's cursor: an opaque string a platform stores and sends back,
 * days later, to continue exactly where it stopped. It names a position in the
 * change log (commit number and event index), nothing that ages, so it stays
 * valid as long as the log keeps that commit.
 */
import { BadInputError } from '../../errors/hubErrors.ts'
import type { FeedPosition } from './readChanges.ts'

const PREFIX = 'feed1'

export function encodeFeedCursor(position: FeedPosition): string {
  return Buffer.from(`${PREFIX}:${position.commit}:${position.index}`, 'utf8').toString('base64url')
}

export function decodeFeedCursor(cursor: string, path = 'after'): FeedPosition {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':')
  const [prefix, commit, index] = [parts[0], Number(parts[1]), Number(parts[2])]
  if (
    parts.length === 3 &&
    prefix === PREFIX &&
    Number.isSafeInteger(commit) &&
    commit >= 1 &&
    Number.isSafeInteger(index) &&
    index >= 0
  )
    return { commit, index }
  throw new BadInputError('无效的变更游标。Invalid change-feed cursor.', [
    { path, reason: 'not a cursor catalogueChanges issued' },
  ])
}
