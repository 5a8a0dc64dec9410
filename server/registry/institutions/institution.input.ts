/**
 * One institution as a department pushes it (GraphQL input, CSV row, seed).
 * References to other registry records are registry ids (`source:externalId`)
 * or, within the same source, a bare external id.
 */
import { Field, Float, InputType, Int } from 'type-graphql'
import type { InstitutionKind, NetworkLevel } from '../../domain/vocabulary.ts'
import { InstitutionKindEnum, NetworkLevelEnum } from '../shared/registryEnums.ts'

@InputType({ description: '推送的一条机构记录。One institution record as pushed.' })
export class InstitutionInput {
  @Field(() => String, {
    description: '来源系统内的编号（与来源一起作为更新键）。Id in the source system; with the source, the upsert key.',
  })
  externalId!: string

  @Field(() => String, { description: '机构名称。Name.' })
  name!: string

  @Field(() => InstitutionKindEnum, { description: '机构类型。Kind.' })
  kind!: InstitutionKind

  @Field(() => NetworkLevelEnum, { description: '层级。Level in the network.' })
  level!: NetworkLevel

  @Field(() => String, {
    nullable: true,
    description: '所属街道（编号或名称，如“湖墅”）。Street, by id or Chinese name.',
  })
  street?: string | null

  @Field(() => String, { nullable: true, description: '所属社区（编号或名称）。Community, by id or name.' })
  community?: string | null

  @Field(() => String, { nullable: true, description: '上级机构（登记编号，或同一来源的编号）。Parent institution.' })
  parent?: string | null

  @Field(() => String, { nullable: true, description: '地址。Address.' })
  address?: string | null

  @Field(() => String, { nullable: true, description: '对外联系电话。Public phone.' })
  contactPhone?: string | null

  @Field(() => String, { nullable: true, description: '对外联系邮箱。Public email.' })
  contactEmail?: string | null

  @Field(() => Boolean, { nullable: true, description: '是否为可提交课程的合作机构。Whether it may submit courses.' })
  isPartner?: boolean | null

  @Field(() => Float, { nullable: true, description: '办学面积（平方米）。Floor area of a school, in m².' })
  floorAreaM2?: number | null

  @Field(() => Int, { nullable: true, description: '专职社区教育人员数。Full-time community-education staff.' })
  fullTimeStaff?: number | null

  @Field(() => Int, { nullable: true, description: '兼职社区教育人员数。Part-time community-education staff.' })
  partTimeStaff?: number | null
}
