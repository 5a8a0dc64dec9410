/**
 * The calendar feeds over HTTP, parsed with an independent iCalendar parser
 * (ical.js) and compared event by event with what the graph's `sessions`
 * answers for the same range: the same sessions, times in Asia/Shanghai,
 * stable UIDs, SEQUENCE growing with each republish, cancelled sessions kept
 * as CANCELLED, venue name and address, links; a 304 when nothing changed; a
 * 404 in the hub's error shape for what does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'
import { limits } from '../../../server/config/limits.ts'
import { calendarWindow } from '../../../server/syndication/calendar/buildCalendar.ts'
import { DAY, publishSeries, sessionAt } from '../../support/catalogue.ts'
import { publishWorld, type CatalogueWorld } from '../../support/catalogueWorld.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack
let world: CatalogueWorld
let base: string

beforeAll(async () => {
  stack = await startStack('calendars')
  world = await publishWorld(stack.database.db)
  base = stack.hub.url.replace(/\/graphql$/, '')
})

afterAll(async () => {
  await stack.stop()
})

interface GraphSession {
  id: string
  title: string
  startsAt: string
  endsAt: string
  status: 'SCHEDULED' | 'CANCELLED'
  onlineUrl: string | null
  series: { slug: string } | null
  venue: { id: string; name: string; address: string } | null
  teachers: { id: string; name: string }[]
}

const SESSIONS = `query($filter: SessionFilter, $after: String) {
  sessions(filter: $filter, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id title startsAt endsAt status onlineUrl series { slug } venue { id name address } teachers { id name } } }
  }
}`

/** The graph's answer over the calendars' whole window, in the graph's longest ranges. */
async function graphSessions(filter: Record<string, unknown> = {}): Promise<GraphSession[]> {
  const { from, to } = calendarWindow(new Date())
  const all: GraphSession[] = []
  for (let start = from.getTime(); start < to.getTime(); start += limits.catalogue.calendarMaxDays * DAY) {
    const end = Math.min(to.getTime(), start + limits.catalogue.calendarMaxDays * DAY)
    let after: string | null = null
    for (;;) {
      const response = await graphql(stack.hub, SESSIONS, {
        filter: { ...filter, from: new Date(start).toISOString(), to: new Date(end).toISOString() },
        after,
      })
      expect(response.errors).toBeUndefined()
      const page: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: GraphSession }[] } = (
        response.data as { sessions: never }
      ).sessions
      all.push(...page.edges.map((edge) => edge.node))
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
  }
  return all
}

interface ParsedEvent {
  uid: string
  sequence: number
  summary: string
  start: string
  end: string
  startZone: string
  status: string
  location: string
  description: string
  url: string
}

async function fetchCalendar(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers })
  return { response, text: await response.text() }
}

function parse(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid ?? '',
      status: String(component.getFirstPropertyValue('status')),
      location: event.location,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
    }
  })
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events }
}

/** iCalendar times are whole seconds. */
const toSecond = (iso: string): string => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString()

/** What a calendar app shows for a session the graph lists. */
function expectedEvent(session: GraphSession) {
  return {
    uid: `${session.id}@canal-learning-hub`,
    summary: session.title,
    start: toSecond(session.startsAt),
    end: toSecond(session.endsAt),
    startZone: 'Asia/Shanghai',
    status: session.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    location: session.venue
      ? `${session.venue.name}\n${session.venue.address}`
      : session.onlineUrl
        ? `线上 Online: ${session.onlineUrl}`
        : '',
  }
}

const shown = (events: ParsedEvent[]) =>
  events.map(({ uid, summary, start, end, startZone, status, location }) => ({
    uid,
    summary,
    start,
    end,
    startZone,
    status,
    location,
  }))

describe('every calendar against the graph', () => {
  it.each<[string, (all: GraphSession[]) => Promise<GraphSession[]> | GraphSession[]]>([
    ['/calendar/district.ics', (all) => all],
    ['/calendar/streets/hushu.ics', () => graphSessions({ street: 'hushu' })],
    ['/calendar/streets/xiaohe.ics', () => graphSessions({ street: 'xiaohe' })],
    ['/calendar/venues/VENUE.ics', (all) => all.filter((session) => session.venue?.id === world.venues.hushuA)],
    [
      '/calendar/teachers/seed:teacher-001.ics',
      (all) => all.filter((session) => session.teachers.some((teacher) => teacher.id === 'seed:teacher-001')),
    ],
    ['/calendar/series/citizen.ics', (all) => all.filter((session) => session.series?.slug === 'citizen')],
    // The collection's series still published: 运河文化十讲 (its withdrawn series is gone).
    ['/calendar/collections/canal-theme.ics', (all) => all.filter((session) => session.series?.slug === 'citizen')],
  ])('%s holds exactly the sessions the graph lists for it', async (path, expected) => {
    const { response, text } = await fetchCalendar(path.replace('VENUE', encodeURIComponent(world.venues.hushuA)))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const want = await expected(await graphSessions())
    expect(want.length).toBeGreaterThan(0)
    expect(shown(parse(text).events)).toEqual(want.map(expectedEvent))
  })

  it('writes times in Asia/Shanghai with the zone defined, and describes each session with its series, teachers and links', async () => {
    const { text } = await fetchCalendar('/calendar/series/citizen.ics')
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai')
    expect(text).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}\r\n/)
    // RFC 5545: the stamp and the last change are in UTC.
    const stamps = text.match(/^(DTSTAMP|LAST-MODIFIED)[:;].*$/gm) ?? []
    expect(stamps.length).toBeGreaterThan(0)
    expect(stamps.filter((line) => !/^(DTSTAMP|LAST-MODIFIED):\d{8}T\d{6}Z\r?$/.test(line))).toEqual([])
    const { name, events } = parse(text)
    expect(name).toBe('运河终身学习港 · 运河文化十讲')
    const soon = events.find((event) => event.uid === 'citizen:soon@canal-learning-hub')!
    expect(soon.summary).toBe('第二讲：拱宸桥')
    expect(soon.description).toContain('市民大课堂 · 运河文化十讲')
    expect(soon.description).toContain('市民大课堂系列讲座')
    expect(soon.description).toMatch(/主讲 Teachers: .+、.+/)
    expect(soon.url).toBe(`${base}/schema-org/series/citizen`)
    expect(soon.description).toContain(`详情 Details: ${base}/schema-org/series/citizen`)
    const online = parse((await fetchCalendar('/calendar/series/elderly.ics')).text).events.find(
      (event) => event.uid === 'elderly:online@canal-learning-hub',
    )!
    expect(online.description).toContain('线上参与 Join online: https://live.example.org/elderly')
  })

  it('keeps a cancelled session, as CANCELLED, so a subscribed phone removes it', async () => {
    const { events } = parse((await fetchCalendar('/calendar/streets/xiaohe.ics')).text)
    expect(events.find((event) => event.uid === 'citizen:cancelled@canal-learning-hub')).toMatchObject({
      status: 'CANCELLED',
    })
  })

  it('leaves out sessions outside the window, withdrawn series and dropped sessions', async () => {
    const uids = parse((await fetchCalendar('/calendar/district.ics')).text).events.map((event) => event.uid)
    expect(uids).toEqual(expect.arrayContaining(['past:only@canal-learning-hub', 'elderly:online@canal-learning-hub']))
    expect(uids).not.toContain('withdrawn:x@canal-learning-hub')
    expect(uids).not.toContain('edited:dropped@canal-learning-hub')
  })
})

describe('polling', () => {
  it('answers 304 to an unchanged calendar, and the new version with the same UIDs and a higher SEQUENCE after a republish', async () => {
    const path = '/calendar/series/polled.ics'
    const now = new Date()
    await publishSeries(
      stack.database.db,
      'polled',
      [sessionAt(now, 'a', 2, { venue: world.venues.hushuA }), sessionAt(now, 'b', 4, { venue: world.venues.hushuA })],
      { title: { zh: '轮询系列' } },
    )
    const first = await fetchCalendar(path)
    const etag = first.response.headers.get('etag')!
    const lastModified = first.response.headers.get('last-modified')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    const unchanged = await fetchCalendar(path, { 'if-none-match': etag })
    expect(unchanged.response.status).toBe(304)
    expect(unchanged.text).toBe('')
    expect((await fetchCalendar(path, { 'if-modified-since': lastModified })).response.status).toBe(304)

    await publishSeries(
      stack.database.db,
      'polled',
      [
        sessionAt(now, 'a', 2, { venue: world.venues.hushuA }),
        sessionAt(now, 'b', 4, { venue: world.venues.hushuA, status: 'cancelled' }),
      ],
      { title: { zh: '轮询系列' } },
    )
    const changed = await fetchCalendar(path, { 'if-none-match': etag })
    expect(changed.response.status).toBe(200)
    const before = parse(first.text).events
    const after = parse(changed.text).events
    expect(after.map((event) => event.uid)).toEqual(before.map((event) => event.uid))
    after.forEach((event, n) => expect(event.sequence).toBeGreaterThan(before[n]!.sequence))
    expect(after.map((event) => event.status)).toEqual(['CONFIRMED', 'CANCELLED'])
  })
})

describe('what does not exist', () => {
  it.each([
    ['/calendar/streets/nowhere.ics', 'nowhere'],
    ['/calendar/venues/seed:no-such-venue.ics', 'seed:no-such-venue'],
    ['/calendar/teachers/seed:no-such-teacher.ics', 'seed:no-such-teacher'],
    ['/calendar/series/withdrawn.ics', 'withdrawn'],
    ['/calendar/collections/no-such-theme.ics', 'no-such-theme'],
    ['/calendar/streets/hushu', 'hushu'],
  ])('%s is a 404 naming it in the hub’s error shape', async (path, key) => {
    const { response, text } = await fetchCalendar(path)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] }
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND')
    expect(body.errors[0]!.message).toContain(key)
  })
})
