/**
 * Webhook delivery on Payload's jobs queue. A scheduled dispatcher (queue
 * `webhooks`) finds the subscribers that are behind and queues one delivery
 * job each, started at once and on their own (queue `webhook-deliveries`,
 * which no cron works), so a slow or dead subscriber holds up neither the
 * dispatcher nor the others; a job that had more to do queues its successor.
 * Redeliveries of dead letters are jobs too. Publishing only appends to the
 * change log and never waits for any of this.
 */
import type { Payload, TaskConfig } from 'payload'
import {
  deliverBatch,
  tryEvent,
  type DeadLetter,
  type Subscriber,
} from '../../server/syndication/webhooks/deliverBatch.ts'
import { subscribersDue } from '../../server/syndication/webhooks/dispatch.ts'
import type { SubscriberFilters } from '../../server/syndication/webhooks/eventFilter.ts'
import { currentSecret } from '../../server/syndication/webhooks/subscriberSecrets.ts'
import { claimQueueing, ensureState } from '../../server/syndication/webhooks/subscriberState.ts'
import type { WebhookSubscriber } from '../payload-types.ts'
import { payloadDb } from '../database/payloadDb.ts'

export const DELIVERY_QUEUE = 'webhook-deliveries'

/** Queues a job and starts it now in this process, without waiting for it. */
async function queueAndStart(payload: Payload, job: Parameters<Payload['jobs']['queue']>[0]): Promise<void> {
  const queued = await payload.jobs.queue(job)
  payload.jobs
    .runByID({ id: queued.id, overrideAccess: true, silent: true })
    .catch((error: unknown) => payload.logger.error({ err: error, msg: `webhook job ${queued.id} failed to start` }))
}

function toSubscriber(doc: WebhookSubscriber): Subscriber {
  return {
    id: String(doc.id),
    url: doc.url,
    active: doc.active !== false,
    kinds: (doc.kinds ?? []) as SubscriberFilters['kinds'],
    streets: doc.streets ?? [],
    topics: doc.topics ?? [],
    audiences: doc.audiences ?? [],
  }
}

async function findSubscriber(payload: Payload, id: string): Promise<Subscriber | null> {
  const doc = await payload.findByID({
    collection: 'webhook-subscribers',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    context: { withoutDeliveryStatus: true },
  })
  return doc ? toSubscriber(doc) : null
}

async function writeDeadLetter(payload: Payload, letter: DeadLetter): Promise<void> {
  const { event } = letter
  await payload.create({
    collection: 'webhook-dead-letters',
    overrideAccess: true,
    data: {
      subscriber: letter.subscriberId,
      eventId: event.eventId,
      commit: event.commit,
      index: event.index,
      kind: event.kind,
      entityId: event.id,
      action: event.action,
      version: event.version,
      occurredAt: new Date(event.at).toISOString(),
      attempts: letter.attempts,
      lastError: letter.lastError.slice(0, 2_000),
      failedAt: new Date().toISOString(),
      status: 'failed',
    },
  })
}

export function dispatchWebhooksTask(cron: string): TaskConfig<{ input: object; output: { queued: number } }> {
  return {
    slug: 'dispatchWebhooks',
    label: 'Webhook 调度 · Dispatch webhook deliveries',
    schedule: [{ cron, queue: 'webhooks' }],
    retries: 0,
    outputSchema: [{ name: 'queued', type: 'number' }],
    handler: async ({ req }) => {
      const { payload } = req
      const active = await payload.find({
        collection: 'webhook-subscribers',
        where: { active: { equals: true } },
        depth: 0,
        pagination: false,
        limit: 0,
        overrideAccess: true,
        context: { withoutDeliveryStatus: true },
      })
      const due = await subscribersDue(
        payloadDb(payload),
        active.docs.map((doc) => String(doc.id)),
      )
      for (const subscriber of due)
        await queueAndStart(payload, { task: 'deliverWebhooks', queue: DELIVERY_QUEUE, input: { subscriber } })
      return { output: { queued: due.length } }
    },
  }
}

export const deliverWebhooksTask: TaskConfig<{
  input: { subscriber: string }
  output: { outcome: string; delivered: number; deadLettered: number }
}> = {
  slug: 'deliverWebhooks',
  label: 'Webhook 投递 · Deliver webhooks to one subscriber',
  retries: 0,
  inputSchema: [{ name: 'subscriber', type: 'text', required: true }],
  outputSchema: [
    { name: 'outcome', type: 'text' },
    { name: 'delivered', type: 'number' },
    { name: 'deadLettered', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    const db = payloadDb(payload)
    const subscriber = await findSubscriber(payload, input.subscriber)
    if (!subscriber) return { output: { outcome: 'gone', delivered: 0, deadLettered: 0 } }
    const report = await deliverBatch(db, subscriber, { deadLetter: (letter) => writeDeadLetter(payload, letter) })
    if (report.outcome === 'more' && (await claimQueueing(db, await ensureState(db, subscriber.id)))) {
      await queueAndStart(payload, {
        task: 'deliverWebhooks',
        queue: DELIVERY_QUEUE,
        input: { subscriber: subscriber.id },
      })
    }
    return { output: { outcome: report.outcome, delivered: report.delivered, deadLettered: report.deadLettered } }
  },
}

export const redeliverWebhooksTask: TaskConfig<{
  input: { subscriber: string; deadLetters: unknown }
  output: { redelivered: number; failed: number }
}> = {
  slug: 'redeliverWebhooks',
  label: 'Webhook 重新投递 · Redeliver failed webhooks',
  retries: 0,
  inputSchema: [
    { name: 'subscriber', type: 'text', required: true },
    { name: 'deadLetters', type: 'json', required: true },
  ],
  outputSchema: [
    { name: 'redelivered', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    const db = payloadDb(payload)
    const subscriber = await findSubscriber(payload, input.subscriber)
    const ids = Array.isArray(input.deadLetters) ? input.deadLetters.map(String) : []
    if (!subscriber || ids.length === 0) return { output: { redelivered: 0, failed: 0 } }
    const secret = await currentSecret(db, subscriber.id)
    const letters = await payload.find({
      collection: 'webhook-dead-letters',
      where: { and: [{ id: { in: ids } }, { status: { equals: 'failed' } }] },
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
    })
    // In sequence order, as they would have arrived.
    const ordered = letters.docs.sort((a, b) => a.commit - b.commit || a.index - b.index)
    let redelivered = 0
    for (const letter of ordered) {
      const event = {
        kind: letter.kind,
        id: letter.entityId,
        version: letter.version,
        action: letter.action,
        eventId: letter.eventId,
        commit: letter.commit,
        index: letter.index,
        at: new Date(letter.occurredAt),
        next: { commit: letter.commit, index: letter.index + 1 },
      }
      const outcome = await tryEvent(db, subscriber, secret, event)
      const data = outcome.ok
        ? { status: 'redelivered' as const, redeliveredAt: new Date().toISOString() }
        : {
            attempts: letter.attempts + 1,
            lastError: outcome.error.slice(0, 2_000),
            failedAt: new Date().toISOString(),
          }
      await payload.update({ collection: 'webhook-dead-letters', id: letter.id, data, overrideAccess: true })
      if (outcome.ok) redelivered++
    }
    return { output: { redelivered, failed: ordered.length - redelivered } }
  },
}

/** Queues (and starts) the redelivery of these dead letters of one subscriber. */
export function queueRedelivery(payload: Payload, subscriber: string, deadLetters: string[]): Promise<void> {
  return queueAndStart(payload, {
    task: 'redeliverWebhooks',
    queue: DELIVERY_QUEUE,
    input: { subscriber, deadLetters },
  })
}
