/**
 * Where calendars and schema.org documents point a reader: the public site's
 * page for a course, series or collection when PUBLIC_SITE_URL is set, else
 * the hub's own schema.org document for it (always there, always public).
 */
import type { Request } from 'express'
import { env } from '../../config/env.ts'

export type LinkedKind = 'courses' | 'series' | 'sessions' | 'collections' | 'venues' | 'institutions'

export interface PublicLinks {
  /** A page a person can open for the entity. */
  page(kind: LinkedKind, key: string): string
  /** The hub's schema.org document for the entity (also its JSON-LD `@id`). */
  schemaOrg(kind: LinkedKind, key: string): string
}

export function publicLinks(hubOrigin: string, siteUrl: string | undefined = env.publicSiteUrl): PublicLinks {
  const schemaOrg = (kind: LinkedKind, key: string) => `${hubOrigin}/schema-org/${kind}/${encodeURIComponent(key)}`
  return {
    schemaOrg,
    page: (kind, key) =>
      siteUrl && kind !== 'sessions' ? `${siteUrl}/${kind}/${encodeURIComponent(key)}` : schemaOrg(kind, key),
  }
}

/** Links for an HTTP answer: from HUB_PUBLIC_URL when set, else the origin the client reached the hub at. */
export const linksFor = (request: Request): PublicLinks =>
  publicLinks(env.hubPublicUrl ?? `${request.protocol}://${request.get('host')}`)
