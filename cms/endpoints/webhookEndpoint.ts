/**
 * What the webhook endpoints share: editors only, answers never cached, and
 * the subscriber named in the path must exist and be readable by the caller.
 */
import type { PayloadRequest } from 'payload'
import { hasRole } from '../access/roles.ts'

export function answer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })
}

export const refuse = (status: number, message: string): Response => answer(status, { errors: [{ message }] })

/** The refusal for this request, or null when an editor is asking. */
export function refuseUnlessEditor(req: PayloadRequest): Response | null {
  if (!req.user) return refuse(401, '请先登录。Sign in first.')
  if (!hasRole(req.user, 'admin', 'editor')) return refuse(403, '仅编辑可管理 Webhook。Only editors manage webhooks.')
  return null
}

/** The document `collection`/`id` as the caller may read it, or a 404 answer. */
export async function readableDocument<T>(req: PayloadRequest, collection: 'webhook-subscribers' | 'webhook-dead-letters'): Promise<T | Response> {
  const id = String(req.routeParams?.id ?? '')
  const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, context: { withoutDeliveryStatus: true } })
  return doc ? (doc as T) : refuse(404, `没有编号为 ${id} 的记录。No record with id ${id}.`)
}
