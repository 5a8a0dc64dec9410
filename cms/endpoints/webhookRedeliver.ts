/**
 * Editors redeliver dead letters: POST /api/webhook-dead-letters/:id/redeliver
 * for one, POST /api/webhook-subscribers/:id/redeliver-failed for all of a
 * subscriber's failed ones (oldest first, in sequence order). Both queue a
 * job and answer at once (202); the dead letters show the outcome.
 */
import { limits } from '../../server/config/limits.ts'
import { queueRedelivery } from '../jobs/webhookDelivery.ts'
import { answer, refuse, webhookEndpoint } from './webhookEndpoint.ts'

export const redeliverOneEndpoint = webhookEndpoint('redeliver', 'webhook-dead-letters', async (req, letter) => {
  if (letter.status !== 'failed') return refuse(409, '该事件已重新送达。This event was redelivered already.')
  const subscriber = typeof letter.subscriber === 'object' ? letter.subscriber.id : letter.subscriber
  await queueRedelivery(req.payload, String(subscriber), [String(letter.id)])
  return answer(202, { queued: 1 })
})

export const redeliverFailedEndpoint = webhookEndpoint(
  'redeliver-failed',
  'webhook-subscribers',
  async (req, subscriber) => {
    const failed = await req.payload.find({
      collection: 'webhook-dead-letters',
      where: { and: [{ subscriber: { equals: subscriber.id } }, { status: { equals: 'failed' } }] },
      depth: 0,
      limit: limits.webhooks.maxRedeliverAll,
      sort: 'failedAt',
      overrideAccess: true,
    })
    const ids = failed.docs.map((doc) => String(doc.id))
    if (ids.length > 0) await queueRedelivery(req.payload, String(subscriber.id), ids)
    return answer(202, { queued: ids.length, more: failed.hasNextPage })
  },
)
