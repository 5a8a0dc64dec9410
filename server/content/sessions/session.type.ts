/** The Session type: one dated session of a lecture series, for calendars. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import type { CatalogueSession } from '../../catalogue/seriesProjection.ts'
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import { ConnectionType } from '../../graphql/pagination/connection.ts'
import { AudienceEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: '场次状态。Whether a session takes place.',
  valuesConfig: {
    SCHEDULED: { description: '照常举行。Takes place as planned.' },
    CANCELLED: { description: '已取消。Cancelled.' },
  },
})

@ObjectType({ description: '场次：系列讲座中的一次活动，有时间和场地。One dated session of a lecture series.' })
export class Session {
  @Field(() => ID, { description: '场次编号（系列编号:场次键）。Session id (seriesId:sessionKey).' })
  id!: string

  @Field(() => Date, { description: '开始时间。Starts at.' })
  startsAt!: Date

  @Field(() => Date, { description: '结束时间。Ends at.' })
  endsAt!: Date

  @Field(() => Int, { nullable: true, description: '名额。Places available.' })
  capacity!: number | null

  @Field(() => String, { nullable: true, description: '线上参与地址。Link to join online.' })
  onlineUrl!: string | null

  @Field(() => SessionStatus, { description: '状态。Status.' })
  status!: SessionStatus

  @Field(() => [TopicEnum], { description: '主题（同所属系列）。Topics, as the series’.' })
  topics!: Topic[]

  @Field(() => [AudienceEnum], { description: '学习对象（同所属系列）。Audiences, as the series’.' })
  audiences!: Audience[]

  entry!: CatalogueSession
}

export function toSession(entry: CatalogueSession): Session {
  return {
    id: entry._id,
    startsAt: entry.startsAt!,
    endsAt: entry.endsAt!,
    capacity: entry.capacity ?? null,
    onlineUrl: entry.onlineUrl ?? null,
    status: entry.status === 'CANCELLED' ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED,
    topics: (entry.topics ?? []) as Topic[],
    audiences: (entry.audiences ?? []) as Audience[],
    entry,
  }
}

export const SessionConnection = ConnectionType(Session, 'Session', '场次列表。A page of sessions.')
