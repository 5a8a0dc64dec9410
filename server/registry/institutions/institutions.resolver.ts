/** Queries over institutions, and the edges of the network tree. */
import type { GraphQLResolveInfo } from 'graphql'
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { limits } from '../../config/limits.ts'
import type { HubContext } from '../../graphql/context.ts'
import { childListComplexity, pageComplexity } from '../../graphql/limits/queryCost.ts'
import { BY_NAME, sortedPage } from '../../graphql/pagination/sortedPage.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { Community } from '../places/community.type.ts'
import { Street } from '../places/street.type.ts'
import { toCommunity, toStreet } from '../places/placeNodes.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import { ProvenanceInfo } from '../provenance/provenance.type.ts'
import { provenanceFor } from '../provenance/provenance.resolve.ts'
import type { InstitutionDocument } from './institution.content.ts'
import { InstitutionFilter, institutionQuery } from './institution.filter.ts'
import { Institution, InstitutionConnection, toInstitution } from './institution.type.ts'

@Resolver(() => Institution)
export class InstitutionsResolver {
  @Query(() => InstitutionConnection, {
    complexity: pageComplexity,
    description: '机构列表，按名称排序，游标分页。Institutions by name, cursor-paginated.',
  })
  institutions(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => InstitutionFilter, { nullable: true }) filter: InstitutionFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.`,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const collection = ctx.read.collection<InstitutionDocument>(REGISTRY_COLLECTIONS.institutions)
    return sortedPage(
      collection,
      institutionQuery(filter),
      BY_NAME,
      { first, after, withTotal: selectsField(info, 'totalCount') },
      toInstitution,
    )
  }

  @Query(() => Institution, { nullable: true, description: '按登记编号取机构。One institution by registry id.' })
  async institution(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<Institution | null> {
    const document = await ctx.loaders.institution.load(id)
    return document ? toInstitution(document) : null
  }

  @FieldResolver(() => Street, { nullable: true, description: '所属街道。Street.' })
  async street(@Root() institution: Institution, @Ctx() ctx: HubContext): Promise<Street | null> {
    if (!institution.streetId) return null
    const document = await ctx.loaders.street.load(institution.streetId)
    return document ? toStreet(document) : null
  }

  @FieldResolver(() => Community, { nullable: true, description: '所属社区。Community.' })
  async community(@Root() institution: Institution, @Ctx() ctx: HubContext): Promise<Community | null> {
    if (!institution.communityId) return null
    const document = await ctx.loaders.community.load(institution.communityId)
    return document ? toCommunity(document) : null
  }

  @FieldResolver(() => Institution, { nullable: true, description: '上级机构。Parent in the network.' })
  async parent(@Root() institution: Institution, @Ctx() ctx: HubContext): Promise<Institution | null> {
    if (!institution.parentId) return null
    const document = await ctx.loaders.institution.load(institution.parentId)
    return document ? toInstitution(document) : null
  }

  @FieldResolver(() => [Institution], {
    complexity: childListComplexity,
    description: '下级机构，按名称排序。Children in the network, by name.',
  })
  async children(@Root() institution: Institution, @Ctx() ctx: HubContext): Promise<Institution[]> {
    return (await ctx.loaders.institutionsByParent.load(institution.id)).map(toInstitution)
  }

  @FieldResolver(() => ProvenanceInfo, { description: '数据来源。Where this record came from.' })
  provenance(@Root() institution: Institution, @Ctx() ctx: HubContext): ProvenanceInfo {
    return provenanceFor(institution.document, ctx.viewer)
  }
}
