/**
 * The push mutations: departments' systems, street coordinators and the
 * district office send registry records in batches and get a report back.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import { requireViewer } from '../../auth/guards.ts'
import type { Viewer } from '../../auth/viewer.ts'
import { limits } from '../../config/limits.ts'
import type { HubContext } from '../../graphql/context.ts'
import { InstitutionInput } from '../institutions/institution.input.ts'
import { institutionsKind } from '../institutions/institutions.kind.ts'
import { TeacherInput } from '../teachers/teacher.input.ts'
import { teachersKind } from '../teachers/teachers.kind.ts'
import { VenueInput } from '../venues/venue.input.ts'
import { venuesKind } from '../venues/venues.kind.ts'
import type { Pusher } from './pushPolicy.ts'
import { pushRecords } from './pushRecords.ts'
import { PushReport } from './pushReport.type.ts'

const SOURCE_DESCRIPTION =
  '来源系统编号（与各条 externalId 一起作为更新键）。Source system id; with each externalId, the upsert key.'
const RECORDS_DESCRIPTION = `一批记录，最多 ${limits.registry.maxPushBatch} 条。Up to ${limits.registry.maxPushBatch} records.`

function pusherOf(viewer: Viewer | null): Pusher {
  const signedIn = requireViewer(viewer)
  return { label: signedIn.email, role: signedIn.role, street: signedIn.street, sourceSystem: signedIn.sourceSystem }
}

@Resolver()
export class PushResolver {
  @Mutation(() => PushReport, {
    description: '推送机构（按来源+编号新建或更新）。Push institutions: upsert by source and externalId.',
  })
  async pushInstitutions(
    @Ctx() ctx: HubContext,
    @Arg('source', () => String, { description: SOURCE_DESCRIPTION }) source: string,
    @Arg('records', () => [InstitutionInput], { description: RECORDS_DESCRIPTION }) records: InstitutionInput[],
  ): Promise<PushReport> {
    return pushRecords(ctx.db, institutionsKind, {
      source,
      records,
      pusher: pusherOf(ctx.viewer),
      known: await ctx.latestRead(),
    })
  }

  @Mutation(() => PushReport, { description: '推送教师。Push teachers of the pool.' })
  async pushTeachers(
    @Ctx() ctx: HubContext,
    @Arg('source', () => String, { description: SOURCE_DESCRIPTION }) source: string,
    @Arg('records', () => [TeacherInput], { description: RECORDS_DESCRIPTION }) records: TeacherInput[],
  ): Promise<PushReport> {
    return pushRecords(ctx.db, teachersKind, {
      source,
      records,
      pusher: pusherOf(ctx.viewer),
      known: await ctx.latestRead(),
    })
  }

  @Mutation(() => PushReport, { description: '推送场地。Push venues of the registry.' })
  async pushVenues(
    @Ctx() ctx: HubContext,
    @Arg('source', () => String, { description: SOURCE_DESCRIPTION }) source: string,
    @Arg('records', () => [VenueInput], { description: RECORDS_DESCRIPTION }) records: VenueInput[],
  ): Promise<PushReport> {
    return pushRecords(ctx.db, venuesKind, {
      source,
      records,
      pusher: pusherOf(ctx.viewer),
      known: await ctx.latestRead(),
    })
  }
}
