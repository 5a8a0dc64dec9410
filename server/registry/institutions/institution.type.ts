/** The Institution type: a node of the three-level network, or a partner. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql'
import type { InstitutionKind, NetworkLevel } from '../../domain/vocabulary.ts'
import { ConnectionType } from '../../graphql/pagination/connection.ts'
import { InstitutionKindEnum, NetworkLevelEnum } from '../shared/registryEnums.ts'
import type { InstitutionDocument } from './institution.content.ts'

@ObjectType({ description: '机构：三级办学网络中的学校，或合作机构。An institution of the network, or a partner.' })
export class Institution {
  @Field(() => ID, { description: '登记编号（来源:编号）。Registry id (source:externalId).' })
  id!: string

  @Field(() => String, { description: '名称。Name.' })
  name!: string

  @Field(() => InstitutionKindEnum, { description: '类型。Kind.' })
  kind!: InstitutionKind

  @Field(() => NetworkLevelEnum, { description: '层级。Level.' })
  level!: NetworkLevel

  @Field(() => String, { nullable: true, description: '地址。Address.' })
  address!: string | null

  @Field(() => String, { nullable: true, description: '对外联系电话。Public phone.' })
  contactPhone!: string | null

  @Field(() => String, { nullable: true, description: '对外联系邮箱。Public email.' })
  contactEmail!: string | null

  @Field(() => Boolean, { description: '是否为可提交课程的合作机构。Whether it may submit courses.' })
  isPartner!: boolean

  @Field(() => Float, { nullable: true, description: '办学面积（平方米）。Floor area in m².' })
  floorAreaM2!: number | null

  @Field(() => Int, { description: '专职社区教育人员数。Full-time community-education staff.' })
  fullTimeStaff!: number

  @Field(() => Int, { description: '兼职社区教育人员数。Part-time community-education staff.' })
  partTimeStaff!: number

  streetId!: string | null
  communityId!: string | null
  parentId!: string | null
  document!: InstitutionDocument
}

export function toInstitution(document: InstitutionDocument): Institution {
  const {
    _id,
    name,
    kind,
    level,
    address,
    contactPhone,
    contactEmail,
    isPartner,
    floorAreaM2,
    fullTimeStaff,
    partTimeStaff,
    streetId,
    communityId,
    parentId,
  } = document
  return {
    id: _id,
    name,
    kind,
    level,
    address,
    contactPhone,
    contactEmail,
    isPartner,
    floorAreaM2,
    fullTimeStaff,
    partTimeStaff,
    streetId,
    communityId,
    parentId,
    document,
  }
}

export const InstitutionConnection = ConnectionType(Institution, 'Institution', '机构列表。A page of institutions.')
