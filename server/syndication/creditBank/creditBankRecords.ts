/**
 * What the provincial credit bank (浙江省学分银行) records from the hub: the
 * published courses, with their credit hours, provider and teachers, and the
 * sessions of published lecture series that take place in a period, with
 * their times, series, venue and teachers. One flat record per course or
 * session, so the same rows serve the CSV file, the JSON file and the graph.
 * Read from a ReadDb: the read model in the hub, the database in the CLI.
 */
import { catalogueCourses, type CatalogueCourse } from '../../catalogue/courseProjection.ts'
import { catalogueSessions, type CatalogueSession } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import { Locale, pick } from '../../content/shared/locale.ts'
import type { ReadDb } from '../../database/readStore.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import { createLoaders, type Loaders } from '../../graphql/loaders/createLoaders.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

export type CreditBankRecordType = 'COURSE' | 'SESSION'

export interface CreditBankRecord {
  recordType: CreditBankRecordType
  /** Course id, or session id (`<seriesId>:<sessionKey>`). */
  id: string
  title: string
  /** A course's credit hours (学时); null for sessions, which carry none of their own. */
  creditHours: number | null
  /** A course's length; a session's, from its start to its end. */
  durationMinutes: number | null
  providerId: string | null
  providerName: string | null
  teacherIds: string[]
  teacherNames: string[]
  startsAt: Date | null
  endsAt: Date | null
  /** When this version of the course (or the session's series) was published. */
  publishedAt: Date | null
  seriesId: string | null
  seriesTitle: string | null
  venueId: string | null
  venueName: string | null
  venueAddress: string | null
  onlineUrl: string | null
}

export interface CreditBankSummary {
  courses: number
  sessions: number
  /** The courses' credit hours added up. */
  creditHours: number
  /** The sessions' hours added up. */
  sessionHours: number
}

export interface CreditBankExport {
  from: Date
  to: Date
  generatedAt: Date
  summary: CreditBankSummary
  records: CreditBankRecord[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The period, checked: `to` after `from`, at most limits.syndication.creditBankMaxDays long. */
export function checkedPeriod(from: Date, to: Date): { from: Date; to: Date } {
  if (!Number.isFinite(from.getTime()))
    throw new BadInputError('from 不是日期。`from` is not a date.', [{ path: 'from', reason: 'not a date' }])
  if (!Number.isFinite(to.getTime()))
    throw new BadInputError('to 不是日期。`to` is not a date.', [{ path: 'to', reason: 'not a date' }])
  if (to.getTime() <= from.getTime())
    throw new BadInputError('结束日期须晚于开始日期。`to` must be after `from`.', [
      { path: 'to', reason: 'not after from' },
    ])
  if (to.getTime() - from.getTime() > limits.syndication.creditBankMaxDays * DAY_MS) {
    throw new BadInputError(
      `一次最多导出 ${limits.syndication.creditBankMaxDays} 天。One export covers at most ${limits.syndication.creditBankMaxDays} days.`,
      [{ path: 'to', reason: `more than ${limits.syndication.creditBankMaxDays} days after from` }],
    )
  }
  return { from, to }
}

export interface ExportOptions {
  now?: Date
  onProgress?: (done: number, total: number) => void
}

/**
 * Courses published (in their current version) by the end of the period, by
 * title; then the scheduled sessions starting within it, by start time.
 * Cancelled sessions and withdrawn content are not records.
 */
export async function creditBankExport(
  read: ReadDb,
  period: { from: Date; to: Date },
  options: ExportOptions = {},
): Promise<CreditBankExport> {
  const { from, to } = checkedPeriod(period.from, period.to)
  const max = limits.syndication.creditBankMaxRecords
  const [courses, sessions] = await Promise.all([
    catalogueCourses(read)
      .find({ removed: false, publishedAt: { $lte: to } })
      .sort({ name: 1, _id: 1 })
      .limit(max + 1)
      .toArray(),
    catalogueSessions(read)
      .find({ removed: false, status: 'SCHEDULED', startsAt: { $gte: from, $lt: to } })
      .sort({ startsAt: 1, _id: 1 })
      .limit(max + 1)
      .toArray(),
  ])
  const total = courses.length + sessions.length
  if (total > max)
    throw new BadInputError(`超过 ${max} 条记录，请缩短时间段。More than ${max} records: export a shorter period.`, [
      { path: 'to', reason: `more than ${max} records` },
    ])
  const loaders = createLoaders(read, options.now ?? new Date())
  const records: CreditBankRecord[] = []
  options.onProgress?.(0, total)
  const chunk = limits.syndication.creditBankChunk
  for (let start = 0; start < courses.length; start += chunk) {
    records.push(
      ...(await Promise.all(courses.slice(start, start + chunk).map((course) => courseRecord(course, loaders)))),
    )
    options.onProgress?.(records.length, total)
  }
  for (let start = 0; start < sessions.length; start += chunk) {
    records.push(
      ...(await Promise.all(sessions.slice(start, start + chunk).map((session) => sessionRecord(session, loaders)))),
    )
    options.onProgress?.(records.length, total)
  }
  return { from, to, generatedAt: options.now ?? new Date(), summary: summarize(records), records }
}

async function teachersOf(
  loaders: Loaders,
  ids: readonly string[] | undefined,
): Promise<{ ids: string[]; names: string[] }> {
  const teachers = (await loadAll(loaders.teacher, [...(ids ?? [])])).flatMap((teacher) => (teacher ? [teacher] : []))
  return { ids: teachers.map((teacher) => teacher._id), names: teachers.map((teacher) => teacher.name) }
}

async function courseRecord(course: CatalogueCourse, loaders: Loaders): Promise<CreditBankRecord> {
  const [provider, teachers] = await Promise.all([
    course.providerId ? loaders.institution.load(course.providerId) : null,
    teachersOf(loaders, course.teacherIds),
  ])
  return {
    recordType: 'COURSE',
    id: course._id,
    title: pick(course.title, Locale.ZH) ?? '',
    creditHours: course.creditHours ?? null,
    durationMinutes: course.durationMinutes ?? null,
    providerId: provider?._id ?? null,
    providerName: provider?.name ?? null,
    teacherIds: teachers.ids,
    teacherNames: teachers.names,
    startsAt: null,
    endsAt: null,
    publishedAt: course.publishedAt ?? new Date(course.version),
    seriesId: null,
    seriesTitle: null,
    venueId: null,
    venueName: null,
    venueAddress: null,
    onlineUrl: null,
  }
}

async function sessionRecord(session: CatalogueSession, loaders: Loaders): Promise<CreditBankRecord> {
  const [series, venue, teachers] = await Promise.all([
    session.seriesId ? loaders.series.load(session.seriesId) : null,
    session.venueId ? loaders.venue.load(session.venueId) : null,
    teachersOf(loaders, session.teacherIds),
  ])
  return {
    recordType: 'SESSION',
    id: session._id,
    title: pick(session.title, Locale.ZH) ?? '',
    creditHours: null,
    durationMinutes: Math.round((session.endsAt!.getTime() - session.startsAt!.getTime()) / 60_000),
    providerId: null,
    providerName: null,
    teacherIds: teachers.ids,
    teacherNames: teachers.names,
    startsAt: session.startsAt ?? null,
    endsAt: session.endsAt ?? null,
    publishedAt: series?.publishedAt ?? null,
    seriesId: session.seriesId ?? null,
    seriesTitle: series ? pick(series.title, Locale.ZH) : null,
    venueId: venue?._id ?? null,
    venueName: venue?.name ?? null,
    venueAddress: venue?.address ?? null,
    onlineUrl: session.onlineUrl ?? null,
  }
}

function summarize(records: CreditBankRecord[]): CreditBankSummary {
  const courses = records.filter((record) => record.recordType === 'COURSE')
  const sessions = records.filter((record) => record.recordType === 'SESSION')
  const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100
  return {
    courses: courses.length,
    sessions: sessions.length,
    creditHours: sum(courses.map((record) => record.creditHours ?? 0)),
    sessionHours: sum(sessions.map((record) => (record.durationMinutes ?? 0) / 60)),
  }
}
