/** The Venue type: a venue of the registry (场地资源库) with its archive. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql'
import type { Facility, VenueStatus, Weekday } from '../../domain/vocabulary.ts'
import { ConnectionType } from '../../graphql/pagination/connection.ts'
import { FacilityEnum, VenueStatusEnum, WeekdayEnum } from '../shared/registryEnums.ts'
import type { VenueDocument } from './venue.content.ts'

@ObjectType({ description: '开放时间。Opening hours on one weekday.' })
export class OpeningHoursType {
  @Field(() => WeekdayEnum, { description: '星期。Weekday.' })
  weekday!: Weekday

  @Field(() => String, { description: '开门，HH:MM。Opens, HH:MM.' })
  opens!: string

  @Field(() => String, { description: '关门，HH:MM。Closes, HH:MM.' })
  closes!: string
}

@ObjectType({ description: '地理位置。Coordinates.' })
export class GeoPoint {
  @Field(() => Float, { description: '纬度。Latitude.' })
  latitude!: number

  @Field(() => Float, { description: '经度。Longitude.' })
  longitude!: number
}

@ObjectType({ description: '电子档案文件。An archive document.' })
export class ArchiveDocument {
  @Field(() => String, { description: '标题。Title.' })
  title!: string

  @Field(() => String, { description: '文件地址。File.' })
  file!: string
}

@ObjectType({ description: '场地：可用于社区教育的场地。A venue usable for community education.' })
export class Venue {
  @Field(() => ID, { description: '登记编号。Registry id.' })
  id!: string

  @Field(() => String, { description: '名称。Name.' })
  name!: string

  @Field(() => String, { description: '地址。Address.' })
  address!: string

  @Field(() => GeoPoint, { nullable: true, description: '位置（如有）。Location, when known.' })
  location!: GeoPoint | null

  @Field(() => Float, { description: '面积（平方米）。Floor area in m².' })
  floorAreaM2!: number

  @Field(() => Int, { description: '座位数。Seated capacity.' })
  capacity!: number

  @Field(() => [FacilityEnum], { description: '设施。Facilities.' })
  facilities!: Facility[]

  @Field(() => [OpeningHoursType], { description: '开放时间。Opening hours.' })
  openingHours!: OpeningHoursType[]

  @Field(() => Boolean, { description: '公益培训讲座免费使用。Free for public-benefit training and lectures.' })
  freeForPublicBenefit!: boolean

  @Field(() => [ArchiveDocument], { description: '电子档案。Archive documents.' })
  archiveDocuments!: ArchiveDocument[]

  @Field(() => VenueStatusEnum, { description: '状态。Status.' })
  status!: VenueStatus

  ownerId!: string
  streetId!: string
  communityId!: string | null
  document!: VenueDocument
}

export function toVenue(document: VenueDocument): Venue {
  const {
    _id,
    name,
    address,
    location,
    floorAreaM2,
    capacity,
    facilities,
    openingHours,
    freeForPublicBenefit,
    archiveDocuments,
    status,
    ownerId,
    streetId,
    communityId,
  } = document
  return {
    id: _id,
    name,
    address,
    location,
    floorAreaM2,
    capacity,
    facilities,
    openingHours,
    freeForPublicBenefit,
    archiveDocuments,
    status,
    ownerId,
    streetId,
    communityId,
    document,
  }
}

export const VenueConnection = ConnectionType(Venue, 'Venue', '场地列表。A page of venues.')
