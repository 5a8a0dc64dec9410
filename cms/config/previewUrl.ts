/**
 * The 预览 Preview button of courses, lecture series and collections: it
 * opens the hub's preview page (server/content/preview/previewPage.ts), the
 * latest draft as the public graph answers for it. The page reads the
 * editor's admin session cookie, so it is addressed on the host name the
 * editor reached the admin at (or HUB_PUBLIC_URL when the hub has its own),
 * and offered only to those who may preview: editors and administrators.
 */
import type { GeneratePreviewURL } from 'payload'
import { env } from '../../server/config/env.ts'
import { PREVIEW_PATHS } from '../../server/domain/editorial/previewPaths.ts'
import { hasRole } from '../access/roles.ts'

export function previewUrl(collection: keyof typeof PREVIEW_PATHS): GeneratePreviewURL {
  return (doc, { req }) => {
    const id = (doc as { id?: string | number } | undefined)?.id
    if (id === undefined || !hasRole(req.user, 'admin', 'editor')) return null
    return `${hubOrigin(req.headers)}/preview/${PREVIEW_PATHS[collection]}/${encodeURIComponent(String(id))}`
  }
}

function hubOrigin(headers: Headers): string {
  if (env.hubPublicUrl) return env.hubPublicUrl
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost'
  const protocol = headers.get('x-forwarded-proto') ?? 'http'
  // The admin's host name without its port (an IPv6 address keeps its brackets), with the hub's port.
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
  return `${protocol}://${hostname}:${env.hubPort}`
}
