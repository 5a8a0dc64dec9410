/** One venue of the venue registry (场地资源库) as a street branch pushes it. */
import { Field, Float, InputType, Int } from 'type-graphql'
import type { Facility, VenueStatus, Weekday } from '../../domain/vocabulary.ts'
import { FacilityEnum, VenueStatusEnum, WeekdayEnum } from '../shared/registryEnums.ts'
import type { ArchiveDocument, OpeningHoursType } from './venue.type.ts'

@InputType({ description: '某一天的开放时间。Opening hours on one weekday.' })
export class OpeningHoursInput implements OpeningHoursType {
  @Field(() => WeekdayEnum, { description: '星期。Weekday.' })
  weekday!: Weekday

  @Field(() => String, { description: '开门时间，HH:MM。Opens at, HH:MM.' })
  opens!: string

  @Field(() => String, { description: '关门时间，HH:MM。Closes at, HH:MM.' })
  closes!: string
}

@InputType({ description: '电子档案文件。An archive document.' })
export class ArchiveDocumentInput implements ArchiveDocument {
  @Field(() => String, { description: '标题。Title.' })
  title!: string

  @Field(() => String, { description: '文件地址或媒体编号。File URL or media id.' })
  file!: string
}

@InputType({ description: '推送的一条场地记录。One venue record as pushed.' })
export class VenueInput {
  @Field(() => String, { description: '来源系统内的编号。Id in the source system.' })
  externalId!: string

  @Field(() => String, { description: '场地名称。Name.' })
  name!: string

  @Field(() => String, { description: '产权/管理机构（登记编号或同来源编号）。Owner institution.' })
  owner!: string

  @Field(() => String, { description: '所属街道。Street.' })
  street!: string

  @Field(() => String, { nullable: true, description: '所属社区。Community.' })
  community?: string | null

  @Field(() => String, { description: '地址。Address.' })
  address!: string

  @Field(() => Float, { nullable: true, description: '纬度。Latitude.' })
  latitude?: number | null

  @Field(() => Float, { nullable: true, description: '经度。Longitude.' })
  longitude?: number | null

  @Field(() => Float, { description: '面积（平方米）。Floor area in m².' })
  floorAreaM2!: number

  @Field(() => Int, { description: '座位数。Seated capacity.' })
  capacity!: number

  @Field(() => [FacilityEnum], { description: '设施。Facilities.' })
  facilities!: Facility[]

  @Field(() => [OpeningHoursInput], { description: '开放时间。Opening hours per weekday.' })
  openingHours!: OpeningHoursInput[]

  @Field(() => Boolean, {
    nullable: true,
    description: '公益培训讲座免费使用（默认是）。Free for public-benefit use; defaults to true.',
  })
  freeForPublicBenefit?: boolean | null

  @Field(() => [ArchiveDocumentInput], { nullable: true, description: '电子档案。Archive documents.' })
  archiveDocuments?: ArchiveDocumentInput[] | null

  @Field(() => VenueStatusEnum, { nullable: true, description: '状态（默认开放）。Status; defaults to ACTIVE.' })
  status?: VenueStatus | null
}
