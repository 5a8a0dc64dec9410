/**
 * One search box across the catalogue and the registry: published courses
 * and series (title and summary, both languages), teachers in the pool (name
 * and bio) and active venues (name and address). The text is matched as an
 * escaped, case-insensitive substring, so 湖墅 finds every 湖墅… and nothing
 * typed can become a pattern or an operator.
 */
import { Arg, Ctx, Query, Resolver } from 'type-graphql'
import type { Document, Filter } from 'mongodb'
import type { ReadCollection } from '../../database/readStore.ts'
import { catalogueCourses } from '../../catalogue/courseProjection.ts'
import { catalogueSeries } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { HubContext } from '../../graphql/context.ts'
import { listComplexity } from '../../graphql/limits/queryCost.ts'
import { REGISTRY_COLLECTIONS } from '../../registry/shared/collections.ts'
import type { TeacherDocument } from '../../registry/teachers/teacher.content.ts'
import { toTeacher, type Teacher } from '../../registry/teachers/teacher.type.ts'
import type { VenueDocument } from '../../registry/venues/venue.content.ts'
import { toVenue, type Venue } from '../../registry/venues/venue.type.ts'
import { COURSE_TEXT_FIELDS } from '../courses/course.filter.ts'
import { toCourse, type Course } from '../courses/course.type.ts'
import { SERIES_TEXT_FIELDS } from '../series/series.filter.ts'
import { toLectureSeries, type LectureSeries } from '../series/series.type.ts'
import { tagged } from '../shared/nodeKind.ts'
import { textAnyOf } from '../../graphql/textFilter.ts'
import { SearchHit } from './search.type.ts'

const { searchMinLength, searchMaxLength, searchHitsPerKind } = limits.catalogue

async function firstMatches<TDoc extends Document>(
  collection: ReadCollection<TDoc>,
  where: Document,
  text: Document[],
): Promise<TDoc[]> {
  return (await collection
    .find({ ...where, $or: text } as Filter<TDoc>, {
      maxTimeMS: limits.database.maxTimeMS,
      batchSize: searchHitsPerKind,
    })
    .sort({ name: 1, _id: 1 })
    .limit(searchHitsPerKind)
    .toArray()) as TDoc[]
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    complexity: listComplexity(4 * searchHitsPerKind),
    description: `搜索课程、系列讲座、教师和场地（包含这段文字，不区分大小写）：每类按名称最多 ${searchHitsPerKind} 项，依次为课程、系列讲座、教师、场地。Search courses, lecture series, teachers and venues for a substring, any case: at most ${searchHitsPerKind} of each kind by name, in that order.`,
  })
  async search(
    @Ctx() ctx: HubContext,
    @Arg('q', () => String, {
      description: `搜索文字（${searchMinLength}–${searchMaxLength} 个字）。Text to find (${searchMinLength}–${searchMaxLength} characters).`,
    })
    q: string,
  ): Promise<Array<Course | LectureSeries | Teacher | Venue>> {
    const length = [...q.trim()].length
    if (length < searchMinLength || length > searchMaxLength) {
      throw new BadInputError(
        `搜索文字须为 ${searchMinLength}–${searchMaxLength} 个字。Search text must be ${searchMinLength}–${searchMaxLength} characters.`,
        [{ path: 'q', reason: `must be ${searchMinLength}–${searchMaxLength} characters` }],
      )
    }
    const match = (fields: string[]) => textAnyOf(q, fields, { path: 'q', maxLength: searchMaxLength })!
    const [courses, series, teachers, venues] = await Promise.all([
      firstMatches(catalogueCourses(ctx.read), { removed: false }, match(COURSE_TEXT_FIELDS)),
      firstMatches(catalogueSeries(ctx.read), { removed: false }, match([...SERIES_TEXT_FIELDS, 'brand'])),
      firstMatches(
        ctx.read.collection<TeacherDocument>(REGISTRY_COLLECTIONS.teachers),
        { active: true },
        match(['name', 'bio']),
      ),
      firstMatches(
        ctx.read.collection<VenueDocument>(REGISTRY_COLLECTIONS.venues),
        { status: 'ACTIVE' },
        match(['name', 'address']),
      ),
    ])
    return [
      ...courses.map(toCourse),
      ...series.map((entry) => toLectureSeries(entry)),
      ...teachers.map((document) => tagged('Teacher', toTeacher(document))),
      ...venues.map((document) => tagged('Venue', toVenue(document))),
    ]
  }
}
