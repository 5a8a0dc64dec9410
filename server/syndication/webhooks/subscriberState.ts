/**
 * What the delivery side keeps per subscriber, beside (not inside) the
 * subscriber's CMS document: where it stands in the change log, the failed
 * tries of the event at that place, and the claims that keep one job at a
 * time working for it. Kept apart so an editor saving the subscriber can
 * never write an old position back. (Its secret is in subscriberSecrets.ts.)
 */
import { randomUUID } from 'node:crypto'
import type { Collection, Db } from 'mongodb'
import { limits } from '../../config/limits.ts'
import { isDuplicateKey } from '../../database/duplicateKey.ts'
import { headPosition, type FeedPosition } from '../feed/readChanges.ts'

export const SUBSCRIBER_STATE_COLLECTION = 'webhook_subscriber_state'

export interface SubscriberState {
  _id: string
  next: FeedPosition
  /** Failed tries of the event at `next`. */
  attempts: number
  retryAt: Date | null
  lastError: string | null
  lastErrorAt: Date | null
  lastDeliveredAt: Date | null
  delivered: number
  deadLettered: number
  /** The job working for this subscriber, and until when its claim holds. */
  leaseToken: string | null
  leaseUntil: Date | null
  /** When the dispatcher last queued a job for it (none queued: null). */
  queuedAt: Date | null
}

export const subscriberStates = (db: Db): Collection<SubscriberState> =>
  db.collection<SubscriberState>(SUBSCRIBER_STATE_COLLECTION)

/** The state of a subscriber, created at the log's head (it receives what happens from now on) if it has none. */
export async function ensureState(db: Db, subscriberId: string): Promise<SubscriberState> {
  const states = subscriberStates(db)
  const found = await states.findOne({ _id: subscriberId })
  if (found) return found
  const state: SubscriberState = {
    _id: subscriberId,
    next: await headPosition(db),
    attempts: 0,
    retryAt: null,
    lastError: null,
    lastErrorAt: null,
    lastDeliveredAt: null,
    delivered: 0,
    deadLettered: 0,
    leaseToken: null,
    leaseUntil: null,
    queuedAt: null,
  }
  try {
    await states.insertOne(state)
    return state
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    return (await states.findOne({ _id: subscriberId }))!
  }
}

/** Claims the subscriber for one job; null when another job holds it. */
export async function takeLease(
  db: Db,
  subscriberId: string,
  now = new Date(),
): Promise<{ token: string; state: SubscriberState } | null> {
  const state = await ensureState(db, subscriberId)
  if (state.leaseToken && state.leaseUntil && state.leaseUntil > now) return null
  const claim = {
    leaseToken: randomUUID(),
    leaseUntil: new Date(now.getTime() + limits.webhooks.leaseMs),
    queuedAt: null,
  }
  const result = await subscriberStates(db).updateOne(
    { _id: subscriberId, leaseToken: state.leaseToken },
    { $set: claim },
  )
  if (result.modifiedCount !== 1) return null
  return { token: claim.leaseToken, state: { ...state, ...claim } }
}

/** Writes what the lease holder learnt; false when its lease was lost (another job took over). */
export async function saveProgress(
  db: Db,
  subscriberId: string,
  token: string,
  changes: Partial<SubscriberState>,
  increments: Partial<Record<'delivered' | 'deadLettered', number>> = {},
): Promise<boolean> {
  const update: Record<string, unknown> = {
    $set: { ...changes, leaseUntil: new Date(Date.now() + limits.webhooks.leaseMs) },
  }
  if (Object.keys(increments).length > 0) update.$inc = increments
  const result = await subscriberStates(db).updateOne({ _id: subscriberId, leaseToken: token }, update)
  return result.matchedCount === 1
}

export async function releaseLease(db: Db, subscriberId: string, token: string): Promise<void> {
  await subscriberStates(db).updateOne(
    { _id: subscriberId, leaseToken: token },
    { $set: { leaseToken: null, leaseUntil: null } },
  )
}

/**
 * Marks that a job was queued for the subscriber, unless one was queued
 * recently (a queued job that never ran is forgotten after a lease's time).
 */
export async function claimQueueing(db: Db, state: SubscriberState, now = new Date()): Promise<boolean> {
  if (state.queuedAt && now.getTime() - state.queuedAt.getTime() < limits.webhooks.leaseMs) return false
  const result = await subscriberStates(db).updateOne(
    { _id: state._id, queuedAt: state.queuedAt },
    { $set: { queuedAt: now } },
  )
  return result.modifiedCount === 1
}

export async function dropState(db: Db, subscriberId: string): Promise<void> {
  await subscriberStates(db).deleteOne({ _id: subscriberId })
}
