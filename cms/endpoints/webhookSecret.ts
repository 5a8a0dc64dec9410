/**
 * POST /api/webhook-subscribers/:id/reveal-secret and /:id/rotate-secret:
 * the only two ways a subscriber's signing secret is ever seen. Revealing
 * works once per secret; rotating replaces it at once and shows the new one,
 * once. No read of the subscriber returns it.
 */
import { revealSecretOnce, rotateSecret } from '../../server/syndication/webhooks/subscriberSecrets.ts'
import { payloadDb } from '../database/payloadDb.ts'
import { answer, refuse, webhookEndpoint } from './webhookEndpoint.ts'

export const revealSecretEndpoint = webhookEndpoint('reveal-secret', 'webhook-subscribers', async (req, doc) => {
  const secret = await revealSecretOnce(payloadDb(req.payload), String(doc.id))
  if (!secret)
    return refuse(
      409,
      '密钥已显示过，无法再次查看；如已遗失请轮换密钥。The secret was shown already and cannot be read again; rotate it if it is lost.',
    )
  return answer(200, { secret })
})

export const rotateSecretEndpoint = webhookEndpoint('rotate-secret', 'webhook-subscribers', async (req, doc) =>
  answer(200, { secret: await rotateSecret(payloadDb(req.payload), String(doc.id)) }),
)
