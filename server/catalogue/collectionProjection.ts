/**
 * The public part of a published course collection (专题): a curated,
 * ordered list of courses and lecture series around a theme. Items are kept
 * in the editor's order; the hub shows only those still in the catalogue.
 */
import type { Collection, Db } from 'mongodb'
import { CATALOGUE_COLLECTIONS } from './catalogueCollections.ts'
import { localized, tombstoneOf, writeVersioned, type LocalizedSource, type LocalizedText, type ProjectionResult, type VersionedEntry } from './versionedWrite.ts'

export interface CollectionItem {
  kind: 'COURSE' | 'SERIES'
  id: string
}

export interface CatalogueCollection extends VersionedEntry {
  name?: string
  slug?: string
  title?: LocalizedText
  theme?: LocalizedText
  intro?: LocalizedText
  audiences?: string[]
  coverUrl?: string | null
  items?: CollectionItem[]
  /** The items' ids by kind, for the reverse edge Course.collections. */
  courseIds?: string[]
  seriesIds?: string[]
  publishedAt?: Date
}

export interface PublishedCollectionSource {
  id: string | number
  updatedAt: string
  _status?: string | null
  slug?: string | null
  title?: LocalizedSource
  theme?: LocalizedSource
  intro?: LocalizedSource
  audiences?: string[] | null
  cover?: { url?: string | null } | string | number | null
  items?: Array<{ relationTo: string; value: string | number | { id: string | number } }> | null
}

export function catalogueCollections(db: Db): Collection<CatalogueCollection> {
  return db.collection<CatalogueCollection>(CATALOGUE_COLLECTIONS.collections)
}

const idOf = (value: string | number | { id: string | number }): string => String(typeof value === 'object' ? value.id : value)

export function toCatalogueCollection(source: PublishedCollectionSource): CatalogueCollection {
  const items: CollectionItem[] = (source.items ?? []).map((item) => ({ kind: item.relationTo === 'lecture-series' ? 'SERIES' : 'COURSE', id: idOf(item.value) }))
  return {
    _id: String(source.id),
    version: Date.parse(source.updatedAt),
    removed: false,
    name: source.title?.zh ?? source.title?.en ?? '',
    slug: source.slug ?? String(source.id),
    title: localized(source.title),
    theme: localized(source.theme),
    intro: localized(source.intro),
    audiences: source.audiences ?? [],
    coverUrl: typeof source.cover === 'object' && source.cover ? (source.cover.url ?? null) : null,
    items,
    courseIds: items.filter((item) => item.kind === 'COURSE').map((item) => item.id),
    seriesIds: items.filter((item) => item.kind === 'SERIES').map((item) => item.id),
    publishedAt: new Date(source.updatedAt),
  }
}

export function writeCollectionProjection(db: Db, entry: CatalogueCollection): Promise<ProjectionResult> {
  return writeVersioned(catalogueCollections(db), entry)
}

export function collectionTombstone(id: string, version: number): CatalogueCollection {
  return tombstoneOf(id, version)
}
