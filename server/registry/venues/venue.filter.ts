/** Filters for the `venues` query, including "open at this weekday and time". */
import type { Filter } from 'mongodb'
import { Field, Float, ID, InputType, Int } from 'type-graphql'
import type { Facility, VenueStatus, Weekday } from '../../domain/vocabulary.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import { limits } from '../../config/limits.ts'
import { textAnyOf } from '../../graphql/textFilter.ts'
import { FacilityEnum, VenueStatusEnum, WeekdayEnum } from '../shared/registryEnums.ts'
import { MAX_RANGES_PER_DAY } from './validateVenue.ts'
import type { VenueDocument } from './venue.content.ts'

@InputType({ description: '某个时刻。A moment in the week.' })
export class WeekTimeInput {
  @Field(() => WeekdayEnum, { description: '星期。Weekday.' })
  weekday!: Weekday

  @Field(() => String, { description: '时间，HH:MM。Time, HH:MM.' })
  time!: string
}

@InputType({ description: '场地筛选条件，各条件同时满足。Venue filters; all must hold.' })
export class VenueFilter {
  @Field(() => ID, { nullable: true, description: '街道编号。Street id.' })
  street?: string | null

  @Field(() => Int, { nullable: true, description: '最少座位数。Minimum seated capacity.' })
  minCapacity?: number | null

  @Field(() => [FacilityEnum], { nullable: true, description: '须具备全部这些设施。Has all of these facilities.' })
  facilities?: Facility[] | null

  @Field(() => Float, { nullable: true, description: '最小面积（平方米）。Minimum floor area, m².' })
  minFloorAreaM2?: number | null

  @Field(() => WeekTimeInput, { nullable: true, description: '在此时刻开放。Open at this moment.' })
  openAt?: WeekTimeInput | null

  @Field(() => [VenueStatusEnum], {
    nullable: true,
    description: '状态之一（默认只列开放的）。Any of these statuses; defaults to ACTIVE.',
  })
  statuses?: VenueStatus[] | null

  @Field(() => String, { nullable: true, description: '名称或地址包含的文字。Text in the name or address.' })
  text?: string | null
}

export function venueQuery(filter: VenueFilter | null | undefined): Filter<VenueDocument> {
  const query: Filter<VenueDocument> = { status: { $in: filter?.statuses?.length ? filter.statuses : ['ACTIVE'] } }
  if (!filter) return query
  if (filter.street) query.streetId = filter.street
  if (filter.minCapacity !== null && filter.minCapacity !== undefined) query.capacity = { $gte: filter.minCapacity }
  if (filter.minFloorAreaM2 !== null && filter.minFloorAreaM2 !== undefined)
    query.floorAreaM2 = { $gte: filter.minFloorAreaM2 }
  if (filter.facilities?.length) query.facilities = { $all: filter.facilities }
  if (filter.openAt) {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(filter.openAt.time)) {
      throw new BadInputError('时间格式须为 HH:MM。Time must be HH:MM.', [
        { path: 'filter.openAt.time', reason: 'not HH:MM' },
      ])
    }
    const { weekday, time } = filter.openAt
    query.$and = [
      {
        $or: Array.from({ length: MAX_RANGES_PER_DAY }, (_, slot) => ({
          [`openIndex.${weekday}_${slot}.opens`]: { $lte: time },
          [`openIndex.${weekday}_${slot}.closes`]: { $gt: time },
        })),
      },
    ]
  }
  const text = textAnyOf(filter.text, ['name', 'address'], {
    path: 'filter.text',
    maxLength: limits.text.maxSearchLength,
  })
  if (text) query.$or = text
  return query
}
