/**
 * The catalogue seen from the registry: a teacher's courses and upcoming
 * sessions, an institution's courses, a venue's and a street's upcoming
 * sessions. Lists are capped (limits.catalogue) and come through the
 * request's loaders, one query per level whatever the page size.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { CatalogueSession } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import type { HubContext } from '../../graphql/context.ts'
import { listComplexity } from '../../graphql/limits/queryCost.ts'
import { Institution } from '../../registry/institutions/institution.type.ts'
import { Street } from '../../registry/places/street.type.ts'
import { Teacher } from '../../registry/teachers/teacher.type.ts'
import { Venue } from '../../registry/venues/venue.type.ts'
import { Course, toCourse } from '../courses/course.type.ts'
import { Session, toSession } from '../sessions/session.type.ts'

const { reverseListSize, upcomingSessions } = limits.catalogue
const COURSES = { complexity: listComplexity(reverseListSize), byName: `按标题，最多 ${reverseListSize} 门` }
const UPCOMING = {
  complexity: listComplexity(upcomingSessions),
  text: `尚未开始的场次，最近的在前，照常举行的排在已取消的前面，最多 ${upcomingSessions} 场。Sessions still to start, nearest first, scheduled before cancelled (at most ${upcomingSessions}).`,
}
const sessions = (entries: CatalogueSession[]) => entries.map(toSession)

@Resolver(() => Teacher)
export class TeacherCatalogueResolver {
  @FieldResolver(() => [Course], {
    complexity: COURSES.complexity,
    description: `讲授的已发布课程，${COURSES.byName}。Published courses taught, by title (at most ${reverseListSize}).`,
  })
  async courses(@Root() teacher: Teacher, @Ctx() ctx: HubContext): Promise<Course[]> {
    return (await ctx.loaders.coursesByTeacher.load(teacher.id)).map(toCourse)
  }

  @FieldResolver(() => [Session], { complexity: UPCOMING.complexity, description: `主讲的${UPCOMING.text}` })
  async upcomingSessions(@Root() teacher: Teacher, @Ctx() ctx: HubContext): Promise<Session[]> {
    return sessions(await ctx.loaders.upcomingByTeacher.load(teacher.id))
  }
}

@Resolver(() => Institution)
export class InstitutionCatalogueResolver {
  @FieldResolver(() => [Course], {
    complexity: COURSES.complexity,
    description: `提供的已发布课程，${COURSES.byName}。Published courses it provides, by title (at most ${reverseListSize}).`,
  })
  async courses(@Root() institution: Institution, @Ctx() ctx: HubContext): Promise<Course[]> {
    return (await ctx.loaders.coursesByProvider.load(institution.id)).map(toCourse)
  }
}

@Resolver(() => Venue)
export class VenueCatalogueResolver {
  @FieldResolver(() => [Session], { complexity: UPCOMING.complexity, description: `在此举行的${UPCOMING.text}` })
  async upcomingSessions(@Root() venue: Venue, @Ctx() ctx: HubContext): Promise<Session[]> {
    return sessions(await ctx.loaders.upcomingByVenue.load(venue.id))
  }
}

@Resolver(() => Street)
export class StreetCatalogueResolver {
  @FieldResolver(() => [Session], { complexity: UPCOMING.complexity, description: `本街道场地上${UPCOMING.text}` })
  async upcomingSessions(@Root() street: Street, @Ctx() ctx: HubContext): Promise<Session[]> {
    return sessions(await ctx.loaders.upcomingByStreet.load(street.id))
  }
}
