/**
 * The schema.org pieces every document shares: the context, addresses in
 * Hangzhou, places (a venue, or an online link), people (teachers),
 * organisations (providers), audiences and topics in the district's own words.
 * Documents carry their context inline (`@vocab` schema.org), so a consumer
 * expands them without fetching anything.
 */
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import { AUDIENCES, TOPICS, WEEKDAYS } from '../../domain/vocabulary.ts'
import type { Loaders } from '../../graphql/loaders/createLoaders.ts'
import type { InstitutionDocument } from '../../registry/institutions/institution.content.ts'
import type { TeacherDocument } from '../../registry/teachers/teacher.content.ts'
import type { VenueDocument } from '../../registry/venues/venue.content.ts'
import type { PublicLinks } from '../http/publicLinks.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

export type JsonLdNode = Record<string, unknown>

/**
 * schema.org as the vocabulary; enumeration values (an event's status, a
 * weekday) are IRIs, and links are node references, as schema.org's own
 * context declares them.
 */
export const SCHEMA_ORG_CONTEXT = {
  '@vocab': 'https://schema.org/',
  eventStatus: { '@type': '@vocab' },
  eventAttendanceMode: { '@type': '@vocab' },
  dayOfWeek: { '@type': '@vocab' },
  url: { '@type': '@id' },
  image: { '@type': '@id' },
} as const

/** What every builder reads with: the request's loaders and where links point; `versions` collects what the document was built from. */
export interface JsonLdSources {
  loaders: Loaders
  links: PublicLinks
  versions: (number | Date)[]
}

export const SCHEMA = (term: string): string => `https://schema.org/${term}`

export const withContext = (node: JsonLdNode): JsonLdNode => ({ '@context': SCHEMA_ORG_CONTEXT, ...node })

export const LANGUAGE = 'zh-CN'

export function postalAddress(address: string | null | undefined): JsonLdNode | undefined {
  if (!address) return undefined
  return {
    '@type': 'PostalAddress',
    streetAddress: address,
    addressLocality: '杭州市',
    addressRegion: '浙江省',
    addressCountry: 'CN',
  }
}

export function placeNode(venue: VenueDocument, links: PublicLinks): JsonLdNode {
  return {
    '@type': 'Place',
    '@id': links.schemaOrg('venues', venue._id),
    name: venue.name,
    address: postalAddress(venue.address),
    maximumAttendeeCapacity: venue.capacity,
    ...(venue.location
      ? { geo: { '@type': 'GeoCoordinates', latitude: venue.location.latitude, longitude: venue.location.longitude } }
      : {}),
    openingHoursSpecification: venue.openingHours.map((hours) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: SCHEMA(WEEKDAYS[hours.weekday].en),
      opens: hours.opens,
      closes: hours.closes,
    })),
    isAccessibleForFree: venue.freeForPublicBenefit,
  }
}

export const virtualLocation = (url: string): JsonLdNode => ({ '@type': 'VirtualLocation', url })

export function personNode(teacher: TeacherDocument): JsonLdNode {
  return { '@type': 'Person', name: teacher.name, ...(teacher.bio ? { description: teacher.bio } : {}) }
}

export function organizationNode(institution: InstitutionDocument, links: PublicLinks): JsonLdNode {
  return {
    '@type': 'EducationalOrganization',
    '@id': links.schemaOrg('institutions', institution._id),
    name: institution.name,
    address: postalAddress(institution.address),
  }
}

export async function people(sources: JsonLdSources, ids: readonly string[] | undefined): Promise<JsonLdNode[]> {
  const teachers = await loadAll(sources.loaders.teacher, [...(ids ?? [])])
  return teachers.flatMap((teacher) => {
    if (!teacher) return []
    sources.versions.push(teacher.pushedAt)
    return [personNode(teacher)]
  })
}

export async function provider(sources: JsonLdSources, id: string | null | undefined): Promise<JsonLdNode | undefined> {
  const institution = id ? await sources.loaders.institution.load(id) : null
  if (!institution) return undefined
  sources.versions.push(institution.pushedAt)
  return organizationNode(institution, sources.links)
}

export async function venuePlace(
  sources: JsonLdSources,
  id: string | null | undefined,
): Promise<JsonLdNode | undefined> {
  const venue = id ? await sources.loaders.venue.load(id) : null
  if (!venue) return undefined
  sources.versions.push(venue.pushedAt)
  return placeNode(venue, sources.links)
}

export const audienceNode = (audiences: readonly string[] | undefined): JsonLdNode | undefined =>
  audiences?.length
    ? {
        '@type': 'Audience',
        audienceType: audiences.map((audience) => AUDIENCES[audience as Audience]?.zh ?? audience).join('、'),
      }
    : undefined

export const topicNames = (topics: readonly string[] | undefined): string[] =>
  (topics ?? []).map((topic) => TOPICS[topic as Topic]?.zh ?? topic)

/** Drops the keys whose value is undefined, so a document never states a property it has no value for. */
export function compact(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && value !== null))
}
