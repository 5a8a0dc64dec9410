/** Filters for the `institutions` query, as a typed input turned into a MongoDB filter. */
import type { Filter } from 'mongodb'
import { Field, ID, InputType } from 'type-graphql'
import type { InstitutionKind, NetworkLevel } from '../../domain/vocabulary.ts'
import { limits } from '../../config/limits.ts'
import { textAnyOf } from '../../graphql/textFilter.ts'
import { InstitutionKindEnum, NetworkLevelEnum } from '../shared/registryEnums.ts'
import type { InstitutionDocument } from './institution.content.ts'

@InputType({ description: '机构筛选条件，各条件同时满足。Institution filters; all must hold.' })
export class InstitutionFilter {
  @Field(() => [InstitutionKindEnum], { nullable: true, description: '类型之一。Any of these kinds.' })
  kinds?: InstitutionKind[] | null

  @Field(() => [NetworkLevelEnum], { nullable: true, description: '层级之一。Any of these levels.' })
  levels?: NetworkLevel[] | null

  @Field(() => ID, { nullable: true, description: '街道编号。Street id.' })
  street?: string | null

  @Field(() => ID, { nullable: true, description: '社区编号。Community id.' })
  community?: string | null

  @Field(() => Boolean, { nullable: true, description: '是否合作机构。Partners only, or none.' })
  isPartner?: boolean | null

  @Field(() => String, {
    nullable: true,
    description: '名称或地址包含的文字（支持中文）。Text in the name or address.',
  })
  text?: string | null
}

export function institutionQuery(filter: InstitutionFilter | null | undefined): Filter<InstitutionDocument> {
  const query: Filter<InstitutionDocument> = {}
  if (!filter) return query
  if (filter.kinds?.length) query.kind = { $in: filter.kinds }
  if (filter.levels?.length) query.level = { $in: filter.levels }
  if (filter.street) query.streetId = filter.street
  if (filter.community) query.communityId = filter.community
  if (filter.isPartner !== null && filter.isPartner !== undefined) query.isPartner = filter.isPartner
  const text = textAnyOf(filter.text, ['name', 'address'], {
    path: 'filter.text',
    maxLength: limits.text.maxSearchLength,
  })
  if (text) query.$or = text
  return query
}
