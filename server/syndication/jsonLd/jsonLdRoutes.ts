/**
 * schema.org documents for search engines and platforms, one per public
 * entity: `/schema-org/<courses|series|collections>/<slug>` and
 * `/schema-org/<sessions|venues|institutions>/<id>`, as application/ld+json,
 * read from the same snapshot as the graph, with ETag and Last-Modified.
 */
import { Router } from 'express'
import { catalogueCollections } from '../../catalogue/collectionProjection.ts'
import { catalogueCourses } from '../../catalogue/courseProjection.ts'
import { catalogueSeries } from '../../catalogue/seriesProjection.ts'
import type { ReadDb } from '../../database/readStore.ts'
import { createLoaders } from '../../graphql/loaders/createLoaders.ts'
import type { ReadSource } from '../../readModel/readSource.ts'
import { latestOf, sendCached } from '../http/cachedAnswer.ts'
import { linksFor, type LinkedKind } from '../http/publicLinks.ts'
import { notFound, route, type Named } from '../http/routeErrors.ts'
import { collectionJsonLd } from './collectionJsonLd.ts'
import { courseJsonLd } from './courseJsonLd.ts'
import { institutionJsonLd, venueJsonLd } from './registryJsonLd.ts'
import { withContext, type JsonLdNode, type JsonLdSources } from './schemaOrgNodes.ts'
import { seriesJsonLd, sessionNode } from './seriesJsonLd.ts'

export const JSON_LD_TYPE = 'application/ld+json; charset=utf-8'
const LIVE = { removed: false }

/** The document for what was found, or null for a 404. */
const whenFound = <T>(found: T | null, build: (found: T) => Promise<JsonLdNode> | JsonLdNode) =>
  found ? build(found) : null

type Build = (read: ReadDb, sources: JsonLdSources, key: string) => Promise<JsonLdNode | null>

const DOCUMENTS: Record<LinkedKind, { name: Named; build: Build }> = {
  courses: {
    name: { zh: '课程', en: 'course' },
    build: async (read, sources, slug) =>
      whenFound(await catalogueCourses(read).findOne({ slug, ...LIVE }), (course) => courseJsonLd(course, sources)),
  },
  series: {
    name: { zh: '系列讲座', en: 'lecture series' },
    build: async (read, sources, slug) =>
      whenFound(await catalogueSeries(read).findOne({ slug, ...LIVE }), (series) =>
        seriesJsonLd(series, read, sources),
      ),
  },
  sessions: {
    name: { zh: '场次', en: 'session' },
    build: async (_read, sources, id) => {
      const session = await sources.loaders.session.load(id)
      if (!session) return null
      const series = session.seriesId ? await sources.loaders.series.load(session.seriesId) : null
      if (series) sources.versions.push(series.version)
      return sessionNode(session, series, sources)
    },
  },
  collections: {
    name: { zh: '专题', en: 'collection' },
    build: async (read, sources, slug) =>
      whenFound(await catalogueCollections(read).findOne({ slug, ...LIVE }), (collection) =>
        collectionJsonLd(collection, sources),
      ),
  },
  venues: {
    name: { zh: '场地', en: 'venue' },
    build: async (_read, sources, id) =>
      whenFound(await sources.loaders.venue.load(id), (venue) => venueJsonLd(venue, sources)),
  },
  institutions: {
    name: { zh: '机构', en: 'institution' },
    build: async (_read, sources, id) =>
      whenFound(await sources.loaders.institution.load(id), (institution) => institutionJsonLd(institution, sources)),
  },
}

export function jsonLdRoutes(reads: ReadSource): Router {
  const router = Router()
  for (const [kind, { name, build }] of Object.entries(DOCUMENTS)) {
    router.get(
      `/schema-org/${kind}/:key`,
      route(async (request, response) => {
        const key = String(request.params.key)
        const read = await reads.current()
        const sources: JsonLdSources = { loaders: createLoaders(read), links: linksFor(request), versions: [] }
        const document = await build(read, sources, key)
        if (!document) return notFound(response, name, key)
        sendCached(request, response, {
          body: JSON.stringify(withContext(document)),
          contentType: JSON_LD_TYPE,
          lastModified: latestOf(sources.versions),
        })
      }),
    )
  }
  return router
}
