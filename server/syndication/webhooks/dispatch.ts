/**
 * The dispatcher's rule, run on every tick of the webhooks queue: which
 * subscribers need a delivery job now. One that is behind the log's head,
 * whose retry (if any) is due, that no job holds and for which no job was
 * queued a moment ago. Each gets a job of its own, so a slow or dead
 * subscriber only ever holds up itself.
 */
import type { Db } from 'mongodb'
import { readHead } from '../../changes/changeLog.ts'
import { claimQueueing, ensureState, subscriberStates } from './subscriberState.ts'

export async function subscribersDue(db: Db, activeIds: readonly string[], now = new Date()): Promise<string[]> {
  if (activeIds.length === 0) return []
  const head = await readHead(db)
  const states = new Map(
    (
      await subscriberStates(db)
        .find({ _id: { $in: [...activeIds] } })
        .toArray()
    ).map((state) => [state._id, state]),
  )
  const due: string[] = []
  for (const id of activeIds) {
    const state = states.get(id) ?? (await ensureState(db, id))
    if (state.next.commit > head) continue
    if (state.retryAt && state.retryAt > now) continue
    if (state.leaseToken && state.leaseUntil && state.leaseUntil > now) continue
    if (await claimQueueing(db, state, now)) due.push(id)
  }
  return due
}
