/**
 * The JSON each delivery carries: the event (its id is the idempotency key,
 * the same on every retry) and the entity's public data. A withdrawal
 * carries no content, and neither does a redelivered event whose entity has
 * been withdrawn since: a platform never receives what is no longer published.
 */
import type { Document } from 'mongodb'
import type { FeedEvent } from '../feed/readChanges.ts'
import { publicView } from './publicEntity.ts'

export interface DeliveryBody {
  id: string
  /** Commit number and index in it: deliveries of one subscriber arrive in this order. */
  sequence: [number, number]
  kind: string
  entityId: string
  action: string
  version: number
  occurredAt: string
  /** Public data now; null when the entity has been withdrawn since; absent on a withdrawal. */
  entity?: Record<string, unknown> | null
}

export function deliveryBody(event: FeedEvent, document: Document | null): string {
  const body: DeliveryBody = {
    id: event.eventId,
    sequence: [event.commit, event.index],
    kind: event.kind,
    entityId: event.id,
    action: event.action,
    version: event.version,
    occurredAt: new Date(event.at).toISOString(),
  }
  if (event.action !== 'REMOVED') body.entity = document ? publicView(document) : null
  return JSON.stringify(body)
}
