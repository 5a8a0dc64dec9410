/** The typed result of `search`: a course, a lecture series, a teacher or a venue. */
import { createUnionType } from 'type-graphql'
import { Teacher } from '../../registry/teachers/teacher.type.ts'
import { Venue } from '../../registry/venues/venue.type.ts'
import { Course } from '../courses/course.type.ts'
import { LectureSeries } from '../series/series.type.ts'
import { kindOf } from '../shared/nodeKind.ts'

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description:
    '搜索结果中的一项：课程、系列讲座、教师或场地。One search hit: a course, a lecture series, a teacher or a venue.',
  types: () => [Course, LectureSeries, Teacher, Venue] as const,
  resolveType: (value) => kindOf(value),
})
