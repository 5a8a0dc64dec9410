/**
 * schema.org documents over HTTP and in the graph, expanded with a JSON-LD
 * processor (jsonld.js) and checked by their expanded types and properties,
 * as a search engine reads them: a course with provider, teachers, credits,
 * price and language; a series whose sessions are EducationEvents with dates,
 * places and teachers, a cancelled one as EventCancelled; a collection as an
 * ordered list; venues and institutions; 304 and 404 as for calendars.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import jsonld from 'jsonld'
import { PageJsonLdDocument } from '../../../schema/generated/graphql.ts'
import { publishCourse } from '../../support/catalogue.ts'
import { publishWorld, type CatalogueWorld } from '../../support/catalogueWorld.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack
let world: CatalogueWorld
let base: string

beforeAll(async () => {
  stack = await startStack('json_ld')
  world = await publishWorld(stack.database.db)
  await publishCourse(stack.database.db, 'paid', {
    title: { zh: '收费的插花课' },
    mode: 'ON_SITE',
    provider: 'seed:branch-hushu',
    free: false,
    price: 120,
    creditHours: 1.5,
    durationMinutes: 90,
  })
  base = stack.hub.url.replace(/\/graphql$/, '')
})

afterAll(async () => {
  await stack.stop()
})

const S = (term: string) => `https://schema.org/${term}`
type Expanded = Record<string, unknown[]> & { '@type'?: string[]; '@id'?: string }

async function served(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers })
  return { response, text: await response.text() }
}

/** The document as a JSON-LD processor reads it: one expanded node. */
async function expanded(document: unknown): Promise<Expanded> {
  const nodes = (await jsonld.expand(document as jsonld.JsonLdDocument)) as Expanded[]
  expect(nodes).toHaveLength(1)
  return nodes[0]!
}

async function fetchExpanded(path: string): Promise<Expanded> {
  const { response, text } = await served(path)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8')
  return expanded(JSON.parse(text))
}

/** Values of a property: literals by value, nodes as they are. */
const values = (node: Expanded, term: string): unknown[] =>
  (node[S(term)] ?? []).map((value) =>
    value && typeof value === 'object' && '@value' in value ? (value as { '@value': unknown })['@value'] : value,
  )
const one = (node: Expanded, term: string): unknown => values(node, term)[0]
const nodes = (node: Expanded, term: string): Expanded[] => values(node, term) as Expanded[]
const idOf = (node: Expanded, term: string): string | undefined =>
  (node[S(term)]?.[0] as { '@id'?: string } | undefined)?.['@id']

describe('a course', () => {
  it('is a Course with its provider, teachers, credit hours, free offer and language', async () => {
    const course = await fetchExpanded('/schema-org/courses/phone')
    expect(course['@type']).toEqual([S('Course')])
    expect(course['@id']).toBe(`${base}/schema-org/courses/phone`)
    expect(one(course, 'name')).toBe('手机挂号不求人')
    expect(one(course, 'alternateName')).toBe('Booking a doctor by phone')
    expect(one(course, 'inLanguage')).toBe('zh-CN')
    const [provider] = nodes(course, 'provider')
    expect(provider!['@type']).toEqual([S('EducationalOrganization')])
    expect(nodes(provider!, 'address')[0]!['@type']).toEqual([S('PostalAddress')])
    const [instance] = nodes(course, 'hasCourseInstance')
    expect(instance!['@type']).toEqual([S('CourseInstance')])
    expect(nodes(instance!, 'instructor').map((person) => person['@type'])).toEqual([[S('Person')], [S('Person')]])
    expect(nodes(instance!, 'instructor').every((person) => typeof one(person, 'name') === 'string')).toBe(true)
    expect(one(nodes(course, 'numberOfCredits')[0]!, 'value')).toBe(6)
    expect(String(one(course, 'educationalCredentialAwarded'))).toContain('6 学时')
    const [offer] = nodes(course, 'offers')
    expect(offer!['@type']).toEqual([S('Offer')])
    expect([one(offer!, 'price'), one(offer!, 'priceCurrency')]).toEqual([0, 'CNY'])
  })

  it('states the price in CNY, the mode and the workload of a paid course', async () => {
    const course = await fetchExpanded('/schema-org/courses/paid')
    expect([one(nodes(course, 'offers')[0]!, 'price'), one(nodes(course, 'offers')[0]!, 'priceCurrency')]).toEqual([
      120,
      'CNY',
    ])
    expect(one(nodes(course, 'numberOfCredits')[0]!, 'value')).toBe(1.5)
    const [instance] = nodes(course, 'hasCourseInstance')
    expect([one(instance!, 'courseMode'), one(instance!, 'courseWorkload')]).toEqual(['onsite', 'PT90M'])
  })
})

describe('a lecture series and its sessions', () => {
  it('is a Course whose instances are its sessions as EducationEvents with dates, place and teachers', async () => {
    const series = await fetchExpanded('/schema-org/series/citizen')
    expect(series['@type']).toEqual([S('Course')])
    const sessions = nodes(series, 'hasCourseInstance')
    expect(sessions.map((session) => session['@id'])).toEqual(
      ['past', 'cancelled', 'soon', 'later'].map(
        (key) => `${base}/schema-org/sessions/${encodeURIComponent(`citizen:${key}`)}`,
      ),
    )
    const soon = sessions[2]!
    expect(soon['@type']).toEqual(expect.arrayContaining([S('EducationEvent'), S('CourseInstance')]))
    expect(String(one(soon, 'startDate'))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/)
    expect(idOf(soon, 'eventStatus')).toBe(S('EventScheduled'))
    const [place] = nodes(soon, 'location')
    expect(place!['@type']).toEqual([S('Place')])
    expect(place!['@id']).toBe(`${base}/schema-org/venues/${encodeURIComponent(world.venues.hushuA)}`)
    const [address] = nodes(place!, 'address')
    expect(address!['@type']).toEqual([S('PostalAddress')])
    expect(String(one(address!, 'streetAddress'))).toContain('杭州市')
    expect(nodes(soon, 'instructor').map((person) => person['@type'])).toEqual([[S('Person')], [S('Person')]])
  })

  it('reads a cancelled session as EventCancelled, in the series and on its own', async () => {
    const series = await fetchExpanded('/schema-org/series/citizen')
    expect(idOf(nodes(series, 'hasCourseInstance')[1]!, 'eventStatus')).toBe(S('EventCancelled'))
    const session = await fetchExpanded(`/schema-org/sessions/${encodeURIComponent('citizen:cancelled')}`)
    expect(session['@type']).toEqual(expect.arrayContaining([S('EducationEvent')]))
    expect(idOf(session, 'eventStatus')).toBe(S('EventCancelled'))
    expect(one(nodes(session, 'superEvent')[0]!, 'name')).toBe('运河文化十讲')
  })

  it('gives an online session a VirtualLocation and online attendance', async () => {
    const session = await fetchExpanded(`/schema-org/sessions/${encodeURIComponent('elderly:online')}`)
    expect(nodes(session, 'location')[0]!['@type']).toEqual([S('VirtualLocation')])
    expect(idOf(session, 'eventAttendanceMode')).toBe(S('OnlineEventAttendanceMode'))
  })
})

describe('collections, venues and institutions', () => {
  it('lists a collection’s published items in the editor’s order', async () => {
    const list = await fetchExpanded('/schema-org/collections/canal-theme')
    expect(list['@type']).toEqual([S('ItemList')])
    const elements = nodes(list, 'itemListElement')
    expect(elements.map((element) => [one(element, 'position'), nodes(element, 'item')[0]!['@id']])).toEqual([
      [1, `${base}/schema-org/series/citizen`],
      [2, `${base}/schema-org/courses/canal`],
      [3, `${base}/schema-org/courses/phone`],
    ])
  })

  it('describes a venue as a Place with address and seats, an institution as an EducationalOrganization in its network', async () => {
    const venue = await fetchExpanded(`/schema-org/venues/${encodeURIComponent(world.venues.hushuA)}`)
    expect(venue['@type']).toEqual([S('Place')])
    expect(nodes(venue, 'address')[0]!['@type']).toEqual([S('PostalAddress')])
    expect(typeof one(venue, 'maximumAttendeeCapacity')).toBe('number')
    const institution = await fetchExpanded('/schema-org/institutions/seed:branch-hushu')
    expect(institution['@type']).toEqual([S('EducationalOrganization')])
    expect(nodes(institution, 'parentOrganization')[0]!['@type']).toEqual([S('EducationalOrganization')])
  })
})

describe('the graph’s jsonLd field', () => {
  it('gives the same schema.org document for a course, a series and its sessions', async () => {
    const response = await graphql(stack.hub, PageJsonLdDocument, { course: 'phone', series: 'citizen' })
    expect(response.errors).toBeUndefined()
    const { course, series } = response.data!
    const fromGraph = await expanded(course!.jsonLd)
    const fromRoute = await fetchExpanded('/schema-org/courses/phone')
    // The same document; only the hub's address in links may differ (the graph uses HUB_PUBLIC_URL).
    const withoutLinks = (node: Expanded) => JSON.parse(JSON.stringify(node).replace(/http:\/\/localhost:\d+/g, 'HUB'))
    expect(withoutLinks(fromGraph)).toEqual(withoutLinks(fromRoute))
    expect((await expanded(series!.jsonLd))['@type']).toEqual([S('Course')])
    const cancelled = series!.sessions.find((session) => session.id === 'citizen:cancelled')!
    expect(idOf(await expanded(cancelled.jsonLd), 'eventStatus')).toBe(S('EventCancelled'))
  })
})

describe('polling and what does not exist', () => {
  it('answers 304 to an unchanged document', async () => {
    const first = await served('/schema-org/series/citizen')
    expect(
      (await served('/schema-org/series/citizen', { 'if-none-match': first.response.headers.get('etag')! })).response
        .status,
    ).toBe(304)
    expect(
      (
        await served('/schema-org/series/citizen', {
          'if-modified-since': first.response.headers.get('last-modified')!,
        })
      ).response.status,
    ).toBe(304)
  })

  it.each([
    ['/schema-org/courses/gone', 'gone'],
    ['/schema-org/courses/no-such-course', 'no-such-course'],
    ['/schema-org/series/withdrawn', 'withdrawn'],
    ['/schema-org/sessions/edited%3Adropped', 'edited:dropped'],
    ['/schema-org/collections/nothing', 'nothing'],
    ['/schema-org/venues/seed:none', 'seed:none'],
    ['/schema-org/institutions/seed:none', 'seed:none'],
  ])('%s is a 404 naming it', async (path, key) => {
    const { response, text } = await served(path)
    expect(response.status).toBe(404)
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] }
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND')
    expect(body.errors[0]!.message).toContain(key)
  })
})
