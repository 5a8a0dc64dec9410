/** Queries over the teacher pool; contact details only for editors. */
import type { GraphQLResolveInfo } from 'graphql'
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { isEditor } from '../../auth/guards.ts'
import { limits } from '../../config/limits.ts'
import type { HubContext } from '../../graphql/context.ts'
import { pageComplexity } from '../../graphql/limits/queryCost.ts'
import { BY_NAME, sortedPage } from '../../graphql/pagination/sortedPage.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { Institution, toInstitution } from '../institutions/institution.type.ts'
import { Street } from '../places/street.type.ts'
import { toStreet } from '../places/placeNodes.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import { ProvenanceInfo } from '../provenance/provenance.type.ts'
import { provenanceFor } from '../provenance/provenance.resolve.ts'
import type { TeacherDocument } from './teacher.content.ts'
import { TeacherFilter, teacherQuery } from './teacher.filter.ts'
import { Teacher, TeacherConnection, TeacherContact, toTeacher } from './teacher.type.ts'

@Resolver(() => Teacher)
export class TeachersResolver {
  @Query(() => TeacherConnection, {
    complexity: pageComplexity,
    description: '师资库教师，按姓名排序，游标分页。Teachers by name, cursor-paginated.',
  })
  teachers(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => TeacherFilter, { nullable: true }) filter: TeacherFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.`,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const collection = ctx.read.collection<TeacherDocument>(REGISTRY_COLLECTIONS.teachers)
    return sortedPage(
      collection,
      teacherQuery(filter),
      BY_NAME,
      { first, after, withTotal: selectsField(info, 'totalCount') },
      toTeacher,
    )
  }

  @Query(() => Teacher, { nullable: true, description: '按登记编号取教师。One teacher by registry id.' })
  async teacher(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<Teacher | null> {
    const document = await ctx.loaders.teacher.load(id)
    return document ? toTeacher(document) : null
  }

  @FieldResolver(() => Institution, { nullable: true, description: '所在机构。Home institution.' })
  async institution(@Root() teacher: Teacher, @Ctx() ctx: HubContext): Promise<Institution | null> {
    if (!teacher.institutionId) return null
    const document = await ctx.loaders.institution.load(teacher.institutionId)
    return document ? toInstitution(document) : null
  }

  @FieldResolver(() => Street, { nullable: true, description: '所属街道。Street.' })
  async street(@Root() teacher: Teacher, @Ctx() ctx: HubContext): Promise<Street | null> {
    if (!teacher.streetId) return null
    const document = await ctx.loaders.street.load(teacher.streetId)
    return document ? toStreet(document) : null
  }

  @FieldResolver(() => TeacherContact, {
    nullable: true,
    description: '联系方式；未以编辑身份登录时为空。Contact details; null unless signed in as an editor.',
  })
  contact(@Root() teacher: Teacher, @Ctx() ctx: HubContext): TeacherContact | null {
    return isEditor(ctx.viewer) ? teacher.document.contact : null
  }

  @FieldResolver(() => ProvenanceInfo, { description: '数据来源。Where this record came from.' })
  provenance(@Root() teacher: Teacher, @Ctx() ctx: HubContext): ProvenanceInfo {
    return provenanceFor(teacher.document, ctx.viewer)
  }
}
