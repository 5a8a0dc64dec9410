/** The Provenance type: where a registry record came from. */
import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: '数据来源。Where a registry record came from.' })
export class ProvenanceInfo {
  @Field(() => String, { description: '来源系统。Source system.' })
  source!: string

  @Field(() => String, { description: '来源系统内的编号。Id in the source system.' })
  externalId!: string

  @Field(() => Date, { description: '最近一次推送时间。When it was last pushed.' })
  pushedAt!: Date

  @Field(() => String, { nullable: true, description: '推送人（仅编辑可见）。Who pushed it (editors only).' })
  pushedBy!: string | null
}
