/**
 * One delivery job's work for one subscriber: from where it stands in the
 * change log, each event in sequence order, skipping the ones its filters do
 * not want, until it has caught up, met a failure, or used its time. The
 * position moves past an event only once the receiver answered 2xx (or the
 * event was dead-lettered), so a crash at any moment means a redelivery,
 * never a loss: at-least-once. A failure stops the batch (later events wait,
 * to keep the order) and sets when to try again; after the last allowed try
 * the event is dead-lettered and the batch goes on.
 */
import type { Db } from 'mongodb'
import { limits } from '../../config/limits.ts'
import {
  ChangesPrunedError,
  headPosition,
  readChanges,
  type FeedEvent,
  type FeedPosition,
} from '../feed/readChanges.ts'
import { retryDelayMs } from './backoff.ts'
import { deliveryBody } from './deliveryBody.ts'
import { deliverySettings } from './deliverySettings.ts'
import { isForSubscriber, type SubscriberFilters } from './eventFilter.ts'
import { EntityReader } from './publicEntity.ts'
import { sendDelivery, type DeliveryOutcome } from './sendDelivery.ts'
import { releaseLease, saveProgress, takeLease, type SubscriberState } from './subscriberState.ts'
import { currentSecret } from './subscriberSecrets.ts'

export interface Subscriber extends SubscriberFilters {
  id: string
  url: string
  active: boolean
}

export interface DeadLetter {
  subscriberId: string
  event: FeedEvent
  attempts: number
  lastError: string
}

export interface BatchReport {
  /** 'busy': another job holds the subscriber; 'waiting': a retry is not due yet. */
  outcome: 'busy' | 'waiting' | 'caught-up' | 'failed' | 'more'
  delivered: number
  skipped: number
  deadLettered: number
}

export interface BatchOptions {
  deadLetter: (letter: DeadLetter) => Promise<void>
  now?: () => number
}

/** One try of one event to one subscriber, as a delivery and a redelivery both make it. */
export async function tryEvent(
  db: Db,
  subscriber: Subscriber,
  secret: string,
  event: FeedEvent,
  entities = new EntityReader(db),
): Promise<DeliveryOutcome> {
  const document = event.action === 'REMOVED' ? null : await entities.stored(event.kind, event.id)
  const settings = deliverySettings()
  return sendDelivery({
    url: subscriber.url,
    secret,
    eventId: event.eventId,
    body: deliveryBody(event, document),
    timeoutMs: settings.requestTimeoutMs,
    allowPrivate: settings.allowPrivateAddresses,
  })
}

export async function deliverBatch(db: Db, subscriber: Subscriber, options: BatchOptions): Promise<BatchReport> {
  const now = options.now ?? Date.now
  const report: BatchReport = { outcome: 'caught-up', delivered: 0, skipped: 0, deadLettered: 0 }
  const lease = await takeLease(db, subscriber.id, new Date(now()))
  if (!lease) return { ...report, outcome: 'busy' }
  const { token } = lease
  let state: SubscriberState = lease.state
  try {
    if (!subscriber.active) return report
    if (state.retryAt && state.retryAt.getTime() > now()) return { ...report, outcome: 'waiting' }
    const settings = deliverySettings()
    const entities = new EntityReader(db)
    const started = now()
    let position: FeedPosition = state.next
    /** Deliveries and skips move the position in memory; it is written every so often, and always before waiting or stopping. */
    let unsaved = false
    let unsavedDelivered = 0
    let savedAt = now()
    const save = async (
      changes: Partial<SubscriberState>,
      increments: Partial<Record<'delivered' | 'deadLettered', number>> = {},
    ) => {
      const counts =
        unsavedDelivered > 0 ? { ...increments, delivered: (increments.delivered ?? 0) + unsavedDelivered } : increments
      if (!(await saveProgress(db, subscriber.id, token, { next: position, ...changes }, counts))) throw new LeaseLost()
      unsaved = false
      unsavedDelivered = 0
      savedAt = now()
    }
    const handled = () => report.delivered + report.skipped + report.deadLettered
    for (;;) {
      if (handled() >= limits.webhooks.maxEventsPerJob || now() - started > limits.webhooks.maxJobMs) {
        report.outcome = 'more'
        break
      }
      const { events, prunedCommits, from } = await eventsAfter(
        db,
        position,
        limits.webhooks.maxEventsPerJob - handled(),
      )
      if (prunedCommits > 0) {
        position = from
        await save({
          lastError: `${prunedCommits} 个变更提交在投递前已从变更日志清除，已跳过。${prunedCommits} commits were pruned from the change log before delivery and were skipped.`,
          lastErrorAt: new Date(now()),
        })
      }
      if (events.length === 0) break
      // The secret as it is now: an editor may have rotated it while this job ran.
      const secret = await currentSecret(db, subscriber.id)
      let stopped = false
      for (const event of events) {
        if (now() - started > limits.webhooks.maxJobMs) {
          report.outcome = 'more'
          stopped = true
          break
        }
        const document = event.action === 'REMOVED' ? null : await entities.stored(event.kind, event.id)
        // Withdrawn since: the withdrawal, later in the log, is what the platform needs to hear.
        const gone = event.action !== 'REMOVED' && !document
        if (gone || !(await isForSubscriber(subscriber, event, document, entities))) {
          position = event.next
          unsaved = true
          report.skipped++
          continue
        }
        const outcome = await tryEvent(db, subscriber, secret, event, entities)
        if (outcome.ok) {
          position = event.next
          report.delivered++
          unsavedDelivered++
          unsaved = true
          state = { ...state, attempts: 0 }
          if (now() - savedAt >= limits.webhooks.progressEveryMs)
            await save({ attempts: 0, retryAt: null, lastDeliveredAt: new Date(now()) })
          continue
        }
        const attempts = state.attempts + 1
        if (outcome.retriable && attempts < settings.maxAttempts) {
          const retryAt = new Date(now() + retryDelayMs(attempts, settings.retryBaseMs, settings.retryMaxMs))
          await save({ attempts, retryAt, lastError: outcome.error, lastErrorAt: new Date(now()) })
          state = { ...state, attempts }
          report.outcome = 'failed'
          stopped = true
          break
        }
        await options.deadLetter({ subscriberId: subscriber.id, event, attempts, lastError: outcome.error })
        position = event.next
        report.deadLettered++
        await save(
          { attempts: 0, retryAt: null, lastError: outcome.error, lastErrorAt: new Date(now()) },
          { deadLettered: 1 },
        )
        state = { ...state, attempts: 0 }
      }
      if (stopped) break
    }
    if (unsaved)
      await save(
        report.delivered > 0 ? { attempts: state.attempts, retryAt: null, lastDeliveredAt: new Date(now()) } : {},
      )
    return report
  } catch (error) {
    if (error instanceof LeaseLost) return { ...report, outcome: 'busy' }
    throw error
  } finally {
    await releaseLease(db, subscriber.id, token)
  }
}

/**
 * Up to `max` events from `position`. Commits below the head that are gone
 * were pruned before this subscriber read them: delivery goes on from the
 * oldest kept commit and says how many it could not deliver.
 */
async function eventsAfter(
  db: Db,
  position: FeedPosition,
  max: number,
): Promise<{ events: FeedEvent[]; prunedCommits: number; from: FeedPosition }> {
  try {
    return { events: (await readChanges(db, { after: position, first: max })).events, prunedCommits: 0, from: position }
  } catch (error) {
    if (!(error instanceof ChangesPrunedError)) throw error
    // A commit missing above the oldest kept one is a hole, not pruning: going back would deliver old events again.
    if (error.oldestKept !== null && error.oldestKept <= position.commit) throw error
    const from = error.oldestKept === null ? await headPosition(db) : { commit: error.oldestKept, index: 0 }
    return {
      events: (await readChanges(db, { after: from, first: max })).events,
      prunedCommits: Math.max(0, from.commit - position.commit),
      from,
    }
  }
}

/** Another job took the subscriber over (this one ran past its lease): stop without writing. */
class LeaseLost extends Error {}
