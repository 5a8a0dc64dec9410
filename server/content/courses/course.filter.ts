/**
 * Filters and orders for the `courses` query over the published catalogue.
 * Every filter is a typed input: its values become plain equality, `$in` or
 * range conditions, and text is escaped, so no client value can act as a
 * query operator.
 */
import type { Filter } from 'mongodb'
import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql'
import type { CatalogueCourse } from '../../catalogue/courseProjection.ts'
import { limits } from '../../config/limits.ts'
import type { Audience, LearningMode, Topic } from '../../domain/vocabulary.ts'
import type { SortOrder } from '../../graphql/pagination/sortedPage.ts'
import { AudienceEnum, LearningModeEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'
import { streetInstitutionIds } from '../shared/streetMembers.ts'
import { textAnyOf } from '../../graphql/textFilter.ts'
import type { ReadDb } from '../../database/readStore.ts'

@InputType({ description: '课程筛选条件，各条件同时满足。Course filters; all must hold.' })
export class CourseFilter {
  @Field(() => [TopicEnum], { nullable: true, description: '其中任一主题。Any of these topics.' })
  topics?: Topic[] | null

  @Field(() => [AudienceEnum], { nullable: true, description: '其中任一对象。Any of these audiences.' })
  audiences?: Audience[] | null

  @Field(() => [LearningModeEnum], { nullable: true, description: '学习方式之一。Any of these modes.' })
  modes?: LearningMode[] | null

  @Field(() => ID, {
    nullable: true,
    description: '提供机构所在街道（街道编号）。The provider institution’s street (street id).',
  })
  street?: string | null

  @Field(() => ID, { nullable: true, description: '提供机构。Provider institution.' })
  provider?: string | null

  @Field(() => ID, { nullable: true, description: '授课教师。Taught by this teacher.' })
  teacher?: string | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'true 只要免费课程，false 只要收费课程。true: free courses only; false: paid ones only.',
  })
  free?: boolean | null

  @Field(() => Float, { nullable: true, description: '最少学时。Minimum credit hours.' })
  minCreditHours?: number | null

  @Field(() => Float, { nullable: true, description: '最多学时。Maximum credit hours.' })
  maxCreditHours?: number | null

  @Field(() => String, {
    nullable: true,
    description:
      '标题或简介包含的文字（中英文，不区分大小写）。Text in the title or summary, either language, any case.',
  })
  text?: string | null
}

export enum CourseSort {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
  CREDIT_HOURS = 'CREDIT_HOURS',
}

registerEnumType(CourseSort, {
  name: 'CourseSort',
  description: '课程排序。Order of a course list.',
  valuesConfig: {
    NAME: { description: '按标题（默认）。By title (default).' },
    NEWEST: { description: '最新发布在前。Most recently published first.' },
    CREDIT_HOURS: {
      description: '学时多的在前，未定学时的在最后。Most credit hours first; courses without credit hours last.',
    },
  },
})

export const COURSE_ORDERS: Record<CourseSort, SortOrder> = {
  NAME: { key: 'NAME', fields: [{ path: 'name', direction: 1, type: 'string' }] },
  NEWEST: { key: 'NEWEST', fields: [{ path: 'publishedAt', direction: -1, type: 'date' }] },
  CREDIT_HOURS: {
    key: 'CREDIT_HOURS',
    fields: [
      { path: 'creditHours', direction: -1, type: 'number', nullable: true },
      { path: 'name', direction: 1, type: 'string' },
    ],
  },
}

export const COURSE_TEXT_FIELDS = ['title.zh', 'title.en', 'summary.zh', 'summary.en']

/** The catalogue query for a filter; a street becomes the ids of the institutions on it (one registry query). */
export async function courseQuery(
  db: ReadDb,
  filter: CourseFilter | null | undefined,
): Promise<Filter<CatalogueCourse>> {
  const query: Filter<CatalogueCourse> = { removed: false }
  if (!filter) return query
  if (filter.topics?.length) query.topics = { $in: filter.topics }
  if (filter.audiences?.length) query.audiences = { $in: filter.audiences }
  if (filter.modes?.length) query.mode = { $in: filter.modes }
  const providers: string[][] = []
  if (filter.provider) providers.push([filter.provider])
  if (filter.street) providers.push(await streetInstitutionIds(db, filter.street))
  if (providers.length) query.providerId = { $in: providers.reduce((all, ids) => all.filter((id) => ids.includes(id))) }
  if (filter.teacher) query.teacherIds = filter.teacher
  // A course that says nothing about payment is free (as the projection reads it).
  if (filter.free === true) query.free = { $ne: false }
  if (filter.free === false) query.free = false
  const hours: Record<string, number> = {}
  if (filter.minCreditHours !== null && filter.minCreditHours !== undefined) hours.$gte = filter.minCreditHours
  if (filter.maxCreditHours !== null && filter.maxCreditHours !== undefined) hours.$lte = filter.maxCreditHours
  if (Object.keys(hours).length) query.creditHours = hours
  const text = textAnyOf(filter.text, COURSE_TEXT_FIELDS, {
    path: 'filter.text',
    maxLength: limits.text.maxSearchLength,
  })
  if (text) query.$or = text as Filter<CatalogueCourse>[]
  return query
}
