/**
 * The hooks of webhook subscribers: the URL is checked against the SSRF guard
 * on every save (the same check runs again before every delivery); a new
 * subscriber gets its secret and its place at the head of the change log; a
 * deleted one takes its delivery state and dead letters with it; and editors
 * reading one see how its deliveries stand.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  FieldHook,
  TextFieldSingleValidation,
} from 'payload'
import { parseDeliveryUrl, resolveAllowed } from '../../../../server/syndication/webhooks/addressGuard.ts'
import { deliverySettings } from '../../../../server/syndication/webhooks/deliverySettings.ts'
import {
  dropSecret,
  ensureSecret,
  subscriberSecrets,
} from '../../../../server/syndication/webhooks/subscriberSecrets.ts'
import { dropState, ensureState, subscriberStates } from '../../../../server/syndication/webhooks/subscriberState.ts'
import { payloadDb } from '../../../database/payloadDb.ts'
import type { WebhookSubscriber } from '../../../payload-types.ts'

export const validateDeliveryUrl: TextFieldSingleValidation = async (value) => {
  if (!value) return '请填写接收地址。Enter the receiving URL.'
  try {
    const url = parseDeliveryUrl(value)
    await resolveAllowed(url.hostname, deliverySettings().allowPrivateAddresses)
    return true
  } catch (error) {
    return (error as Error).message
  }
}

export const startDeliveryState: CollectionAfterChangeHook<WebhookSubscriber> = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    await ensureSecret(payloadDb(req.payload), doc.id)
    await ensureState(payloadDb(req.payload), doc.id)
  }
  return doc
}

export const dropDeliveryState: CollectionAfterDeleteHook = async ({ id, req }) => {
  await dropState(payloadDb(req.payload), String(id))
  await dropSecret(payloadDb(req.payload), String(id))
  await req.payload.delete({
    collection: 'webhook-dead-letters',
    where: { subscriber: { equals: id } },
    overrideAccess: true,
    req,
  })
}

/** Fills the read-only "delivery" group from the delivery state; nothing is stored in the document. */
export const deliveryStatus: FieldHook = async ({ data, req, context, findMany }) => {
  // The delivery jobs read subscribers often and need none of this; nor does a list of them
  // (two reads a row): only the edit view shows it.
  // A group's fields are read from what this returns: an empty group, never null.
  if (!data?.id || context.withoutDeliveryStatus || findMany) return {}
  const state = await subscriberStates(payloadDb(req.payload)).findOne({ _id: String(data.id) })
  if (!state) return {}
  const secret = await subscriberSecrets(payloadDb(req.payload)).findOne(
    { _id: String(data.id) },
    { projection: { shown: 1 } },
  )
  return {
    nextEvent: `${state.next.commit}.${state.next.index}`,
    delivered: state.delivered,
    deadLettered: state.deadLettered,
    failedTries: state.attempts,
    retryAt: state.retryAt?.toISOString() ?? null,
    lastDeliveredAt: state.lastDeliveredAt?.toISOString() ?? null,
    lastError: state.lastError,
    lastErrorAt: state.lastErrorAt?.toISOString() ?? null,
    secretShown: secret?.shown ?? false,
  }
}
