/**
 * Reads a CMS document's latest draft through Payload's Local API as the
 * signed-in editor, with Payload's own access rules (`overrideAccess:
 * false`): the hub decides who may preview, Payload still decides what that
 * user may read.
 */
import type { CollectionSlug } from 'payload'
import { requireRole } from '../../auth/guards.ts'
import type { HubContext } from '../../graphql/context.ts'

export const PREVIEW_ROLES = ['admin', 'editor'] as const

export async function findDraft<T>(ctx: HubContext, collection: string, id: string): Promise<T | null> {
  const viewer = requireRole(ctx.viewer, [...PREVIEW_ROLES], { zh: '预览草稿', en: 'preview drafts' })
  const found = await ctx.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    locale: 'all',
    depth: 1,
    user: viewer.user,
    overrideAccess: false,
    disableErrors: true,
  })
  return (found ?? null) as T | null
}
