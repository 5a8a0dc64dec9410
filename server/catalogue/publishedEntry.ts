/**
 * What courses, series and collections carry alike in the catalogue: the key
 * and version of the rule in versionedWrite.ts, the Chinese title every list
 * is ordered and paged by, the slug, the title in both languages, the cover's
 * public URL and when it was published.
 */
import { localized, type LocalizedSource, type LocalizedText, type VersionedEntry } from './versionedWrite.ts'

export interface PublishedEntry extends VersionedEntry {
  /** The Chinese title, for ordering and paging by name like every list. */
  name?: string
  slug?: string
  title?: LocalizedText
  /** Public URL of the cover image, if any. */
  coverUrl?: string | null
  publishedAt?: Date
}

/** A published document as read from the CMS with every locale (`locale: 'all'`) and its cover populated. */
export interface PublishedSource {
  id: string | number
  updatedAt: string
  _status?: string | null
  slug?: string | null
  title?: LocalizedSource
  cover?: { url?: string | null } | string | number | null
}

export function publishedEntry(source: PublishedSource): Required<PublishedEntry> {
  return {
    _id: String(source.id),
    version: Date.parse(source.updatedAt),
    removed: false,
    name: source.title?.zh ?? source.title?.en ?? '',
    slug: source.slug ?? String(source.id),
    title: localized(source.title),
    coverUrl: typeof source.cover === 'object' && source.cover ? (source.cover.url ?? null) : null,
    publishedAt: new Date(source.updatedAt),
  }
}
