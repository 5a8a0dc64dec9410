/**
 * What the webhook endpoints share: a POST on one subscriber or dead letter,
 * for editors only, on a document the caller may read (404 otherwise), its
 * answer never cached.
 */
import type { DataFromCollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../access/roles.ts'

export function answer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })
}

export const refuse = (status: number, message: string): Response => answer(status, { errors: [{ message }] })

type WebhookCollection = 'webhook-subscribers' | 'webhook-dead-letters'

export function webhookEndpoint<C extends WebhookCollection>(
  path: string,
  collection: C,
  act: (req: PayloadRequest, doc: DataFromCollectionSlug<C>) => Promise<Response>,
): Endpoint {
  return {
    path: `/:id/${path}`,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return refuse(401, '请先登录。Sign in first.')
      if (!hasRole(req.user, 'admin', 'editor'))
        return refuse(403, '仅编辑可管理 Webhook。Only editors manage webhooks.')
      const id = String(req.routeParams?.id ?? '')
      const doc = await req.payload.findByID({
        collection,
        id,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
        context: { withoutDeliveryStatus: true },
      })
      if (!doc) return refuse(404, `没有编号为 ${id} 的记录。No record with id ${id}.`)
      return act(req, doc)
    },
  }
}
