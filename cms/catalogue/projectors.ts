/**
 * How each published collection reaches the catalogue. A projector does not
 * trust the event that called it (a draft save, a publish, an unpublish and a
 * scheduled job all look alike): it reads what is live now and projects that,
 * so running it twice, or late, changes nothing.
 */
import type { Collection, Filter } from 'mongodb'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import {
  catalogueCollections,
  collectionTombstone,
  toCatalogueCollection,
  writeCollectionProjection,
  type PublishedCollectionSource,
} from '../../server/catalogue/collectionProjection.ts'
import {
  catalogueCourses,
  isListable,
  tombstone,
  toCatalogueCourse,
  writeProjection,
  type PublishedCourseSource,
} from '../../server/catalogue/courseProjection.ts'
import {
  catalogueSeries,
  seriesTombstone,
  toCatalogueSeries,
  writeSeriesProjection,
  type PublishedSeriesSource,
} from '../../server/catalogue/seriesProjection.ts'
import type { ProjectionResult, VersionedEntry } from '../../server/catalogue/versionedWrite.ts'
import { payloadDb } from '../database/payloadDb.ts'

export interface Projector {
  collection: CollectionSlug
  /** Projects the live state of one document. */
  project(payload: Payload, id: string | number, req?: PayloadRequest): Promise<ProjectionResult>
  /** Projects a live document already read as `LIVE_READ` says (null: it is gone). */
  projectLive(payload: Payload, id: string | number, live: unknown): Promise<ProjectionResult>
  /** Takes a deleted document out. */
  remove(payload: Payload, id: string | number): Promise<ProjectionResult>
  /** Ids the catalogue currently lists, to find entries whose document is gone. */
  listedIds(payload: Payload): Promise<string[]>
}

/**
 * How a projection reads a document: the live (published or unpublished) copy,
 * every locale, its cover populated for its URL. Depth 1 would also populate
 * every other relationship in full (a collection's 60 items with their bodies,
 * related courses, users); the catalogue needs only their ids, so those come
 * back as their smallest field.
 */
export const LIVE_READ = {
  draft: false,
  locale: 'all',
  depth: 1,
  overrideAccess: true,
  populate: {
    media: { url: true, filename: true },
    courses: { slug: true },
    'lecture-series': { slug: true },
    users: { role: true },
    submissions: { state: true },
    purchases: { state: true },
  },
} as const

type ProjectorSpec<T> = Omit<Projector, 'project' | 'projectLive'> & {
  projectLive(payload: Payload, id: string | number, live: T | null): Promise<ProjectionResult>
}

function defineProjector<T>(spec: ProjectorSpec<T>): Projector {
  return {
    ...spec,
    projectLive: (payload, id, live) => spec.projectLive(payload, id, live as T | null),
    // `req` shares the save's transaction (on a replica set), so the read sees what was just written.
    async project(payload, id, req) {
      const live = await payload
        .findByID({ collection: spec.collection, id, ...LIVE_READ, disableErrors: true, req })
        .catch(() => null)
      return spec.projectLive(payload, id, live as T | null)
    },
  }
}

const versionOf = (source: { updatedAt: string } | null): number => (source ? Date.parse(source.updatedAt) : Date.now())

async function listed<T extends VersionedEntry>(collection: Collection<T>): Promise<string[]> {
  const entries = await collection.find({ removed: false } as Filter<T>, { projection: { _id: 1 } }).toArray()
  return entries.map((entry) => String(entry._id))
}

export const courseProjector = defineProjector<PublishedCourseSource>({
  collection: 'courses',
  async projectLive(payload, id, live) {
    if (live && isListable(live)) return writeProjection(payloadDb(payload), toCatalogueCourse(live))
    // An expired license removes the course as of the expiry, so a reindex writes the same tombstone.
    const expiry = live?.licenseExpiresAt ? Date.parse(live.licenseExpiresAt) : 0
    return writeProjection(
      payloadDb(payload),
      tombstone(String(id), Math.max(versionOf(live), live?._status === 'published' ? expiry : 0)),
    )
  },
  remove: (payload, id) => writeProjection(payloadDb(payload), tombstone(String(id), Date.now())),
  listedIds: (payload) => listed(catalogueCourses(payloadDb(payload))),
})

export const seriesProjector = defineProjector<PublishedSeriesSource>({
  collection: 'lecture-series',
  async projectLive(payload, id, live) {
    const entry =
      live && live._status === 'published' ? toCatalogueSeries(live) : seriesTombstone(String(id), versionOf(live))
    return (await writeSeriesProjection(payloadDb(payload), entry)).series
  },
  async remove(payload, id) {
    return (await writeSeriesProjection(payloadDb(payload), seriesTombstone(String(id), Date.now()))).series
  },
  listedIds: (payload) => listed(catalogueSeries(payloadDb(payload))),
})

export const collectionProjector = defineProjector<PublishedCollectionSource>({
  collection: 'course-collections',
  async projectLive(payload, id, live) {
    const entry =
      live && live._status === 'published'
        ? toCatalogueCollection(live)
        : collectionTombstone(String(id), versionOf(live))
    return writeCollectionProjection(payloadDb(payload), entry)
  },
  remove: (payload, id) => writeCollectionProjection(payloadDb(payload), collectionTombstone(String(id), Date.now())),
  listedIds: (payload) => listed(catalogueCollections(payloadDb(payload))),
})

export const PROJECTORS: readonly Projector[] = [courseProjector, seriesProjector, collectionProjector]
