/**
 * The calendar's filters: a date range (defaulted, and bounded so a
 * calendar query never reads the whole future), street, venue, series,
 * audience, topic and status. Typed inputs only.
 */
import type { Filter } from 'mongodb'
import { Field, ID, InputType } from 'type-graphql'
import type { CatalogueSession } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { SortOrder } from '../../graphql/pagination/sortedPage.ts'
import { AudienceEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'
import { streetVenueIds } from '../shared/streetMembers.ts'
import { SessionStatus } from './session.type.ts'
import type { ReadDb } from '../../database/readStore.ts'

const DAY_MS = 24 * 60 * 60 * 1000

@InputType({ description: '日历筛选条件，各条件同时满足。Calendar filters; all must hold.' })
export class SessionFilter {
  @Field(() => Date, {
    nullable: true,
    description: '从此时刻起开始的场次（默认现在）。Sessions starting at or after this moment (default: now).',
  })
  from?: Date | null

  @Field(() => Date, {
    nullable: true,
    description: `在此时刻之前开始的场次（默认 from 之后 ${limits.catalogue.calendarDefaultDays} 天，最多 ${limits.catalogue.calendarMaxDays} 天）。Sessions starting before this moment (default ${limits.catalogue.calendarDefaultDays} days after from; at most ${limits.catalogue.calendarMaxDays}).`,
  })
  to?: Date | null

  @Field(() => ID, { nullable: true, description: '场地所在街道（街道编号）。The venue’s street (street id).' })
  street?: string | null

  @Field(() => ID, { nullable: true, description: '场地。Venue.' })
  venue?: string | null

  @Field(() => ID, { nullable: true, description: '所属系列讲座。Lecture series.' })
  series?: string | null

  @Field(() => [AudienceEnum], { nullable: true, description: '其中任一对象。Any of these audiences.' })
  audiences?: Audience[] | null

  @Field(() => [TopicEnum], { nullable: true, description: '其中任一主题。Any of these topics.' })
  topics?: Topic[] | null

  @Field(() => [SessionStatus], {
    nullable: true,
    description: '状态之一（默认两种都列）。Any of these statuses (default: both).',
  })
  statuses?: SessionStatus[] | null
}

export const CALENDAR_ORDER: SortOrder = {
  key: 'STARTS_AT',
  fields: [{ path: 'startsAt', direction: 1, type: 'date' }],
}

/** The range a calendar query covers, checked against the limits. */
export function calendarRange(filter: SessionFilter | null | undefined, now: Date): { from: Date; to: Date } {
  const from = filter?.from ?? now
  const to = filter?.to ?? new Date(from.getTime() + limits.catalogue.calendarDefaultDays * DAY_MS)
  if (to.getTime() <= from.getTime())
    throw new BadInputError('结束时间须晚于开始时间。`to` must be after `from`.', [
      { path: 'filter.to', reason: 'not after from' },
    ])
  if (to.getTime() - from.getTime() > limits.catalogue.calendarMaxDays * DAY_MS) {
    throw new BadInputError(
      `日历一次最多查 ${limits.catalogue.calendarMaxDays} 天。A calendar query spans at most ${limits.catalogue.calendarMaxDays} days.`,
      [{ path: 'filter.to', reason: `more than ${limits.catalogue.calendarMaxDays} days after from` }],
    )
  }
  return { from, to }
}

export async function sessionQuery(
  db: ReadDb,
  filter: SessionFilter | null | undefined,
  now: Date,
): Promise<Filter<CatalogueSession>> {
  const { from, to } = calendarRange(filter, now)
  const query: Filter<CatalogueSession> = { removed: false, startsAt: { $gte: from, $lt: to } }
  if (!filter) return query
  const venues: string[][] = []
  if (filter.venue) venues.push([filter.venue])
  if (filter.street) venues.push(await streetVenueIds(db, filter.street))
  if (venues.length) query.venueId = { $in: venues.reduce((all, ids) => all.filter((id) => ids.includes(id))) }
  if (filter.series) query.seriesId = filter.series
  if (filter.audiences?.length) query.audiences = { $in: filter.audiences }
  if (filter.topics?.length) query.topics = { $in: filter.topics }
  if (filter.statuses?.length) query.status = { $in: filter.statuses }
  return query
}
