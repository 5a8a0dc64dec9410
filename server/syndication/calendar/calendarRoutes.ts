/**
 * The calendar feeds a phone or calendar app subscribes to:
 * `/calendar/district.ics` and `/calendar/<streets|venues|teachers>/<id>.ics`,
 * `/calendar/<series|collections>/<slug>.ics`, read from the same snapshot of
 * the read model as the graph, with ETag and Last-Modified for cheap polling.
 */
import { Router } from 'express'
import { createLoaders } from '../../graphql/loaders/createLoaders.ts'
import type { ReadSource } from '../../readModel/readSource.ts'
import { sendCached } from '../http/cachedAnswer.ts'
import { linksFor } from '../http/publicLinks.ts'
import { notFound, route, type Named } from '../http/routeErrors.ts'
import { buildCalendar } from './buildCalendar.ts'
import { CALENDAR_KINDS, calendarScope, type CalendarKind } from './calendarScope.ts'

const KIND_NAMES: Record<CalendarKind, Named> = {
  district: { zh: '日历', en: 'calendar' },
  streets: { zh: '街道', en: 'street' },
  venues: { zh: '场地', en: 'venue' },
  teachers: { zh: '教师', en: 'teacher' },
  series: { zh: '系列讲座', en: 'lecture series' },
  collections: { zh: '专题', en: 'collection' },
}

export const ICS_TYPE = 'text/calendar; charset=utf-8'

/** `<key>.ics` to its key; anything else is no calendar of ours. */
const icsKey = (file: unknown): string | null =>
  typeof file === 'string' && /^.+\.ics$/.test(file) ? file.slice(0, -4) : null

export function calendarRoutes(reads: ReadSource): Router {
  const router = Router()
  const serve = (kind: CalendarKind, keyOf: (params: Record<string, unknown>) => string | null) =>
    route(async (request, response) => {
      const key = keyOf(request.params)
      if (key === null) return notFound(response, KIND_NAMES[kind], String(request.params.file))
      const now = new Date()
      const read = await reads.current()
      const loaders = createLoaders(read, now)
      const scope = await calendarScope(read, loaders, kind, key)
      if (!scope) return notFound(response, KIND_NAMES[kind], key)
      const calendar = await buildCalendar(read, loaders, scope, linksFor(request), now)
      sendCached(request, response, { body: calendar.body, contentType: ICS_TYPE, lastModified: calendar.lastModified })
    })
  router.get(
    '/calendar/district.ics',
    serve('district', () => 'district'),
  )
  for (const kind of CALENDAR_KINDS)
    router.get(
      `/calendar/${kind}/:file`,
      serve(kind, (params) => icsKey(params.file)),
    )
  return router
}
