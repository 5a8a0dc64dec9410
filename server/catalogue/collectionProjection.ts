/**
 * The public part of a published course collection (专题): a curated,
 * ordered list of courses and lecture series around a theme. Items are kept
 * in the editor's order; the hub shows only those still in the catalogue.
 */
import type { Collection, Db } from 'mongodb'
import type { ReadCollection, ReadDb } from '../database/readStore.ts'
import { CATALOGUE_COLLECTIONS } from './catalogueCollections.ts'
import { publishedEntry, type PublishedEntry, type PublishedSource } from './publishedEntry.ts'
import {
  localized,
  tombstoneOf,
  writeAndLog,
  type LocalizedSource,
  type LocalizedText,
  type ProjectionResult,
} from './versionedWrite.ts'

export interface CollectionItem {
  kind: 'COURSE' | 'SERIES'
  id: string
}

export interface CatalogueCollection extends PublishedEntry {
  theme?: LocalizedText
  intro?: LocalizedText
  audiences?: string[]
  items?: CollectionItem[]
  /** The items' ids by kind, for the reverse edge Course.collections. */
  courseIds?: string[]
  seriesIds?: string[]
}

export interface PublishedCollectionSource extends PublishedSource {
  theme?: LocalizedSource
  intro?: LocalizedSource
  audiences?: string[] | null
  items?: Array<{ relationTo: string; value: string | number | { id: string | number } }> | null
}

export function catalogueCollections(db: Db): Collection<CatalogueCollection>
export function catalogueCollections(db: ReadDb): ReadCollection<CatalogueCollection>
export function catalogueCollections(db: ReadDb): ReadCollection<CatalogueCollection> {
  return db.collection<CatalogueCollection>(CATALOGUE_COLLECTIONS.collections)
}

const idOf = (value: string | number | { id: string | number }): string =>
  String(typeof value === 'object' ? value.id : value)

export function toCatalogueCollection(source: PublishedCollectionSource): CatalogueCollection {
  const items: CollectionItem[] = (source.items ?? []).map((item) => ({
    kind: item.relationTo === 'lecture-series' ? 'SERIES' : 'COURSE',
    id: idOf(item.value),
  }))
  return {
    ...publishedEntry(source),
    theme: localized(source.theme),
    intro: localized(source.intro),
    audiences: source.audiences ?? [],
    items,
    courseIds: items.filter((item) => item.kind === 'COURSE').map((item) => item.id),
    seriesIds: items.filter((item) => item.kind === 'SERIES').map((item) => item.id),
  }
}

export function writeCollectionProjection(db: Db, entry: CatalogueCollection): Promise<ProjectionResult> {
  return writeAndLog(db, 'collection', catalogueCollections(db), entry)
}

export function collectionTombstone(id: string, version: number): CatalogueCollection {
  return tombstoneOf(id, version)
}
