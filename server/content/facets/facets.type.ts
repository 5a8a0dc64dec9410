/** Facet counts beside a catalogue list: how many matches per topic, audience and street. */
import { Field, Int, ObjectType } from 'type-graphql'
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import { Street } from '../../registry/places/street.type.ts'
import { AudienceEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'

@ObjectType({ description: '某主题的匹配数。Matches on one topic.' })
export class TopicCount {
  @Field(() => TopicEnum, { description: '主题。Topic.' })
  topic!: Topic

  @Field(() => Int, { description: '匹配数。Matches.' })
  count!: number
}

@ObjectType({ description: '某学习对象的匹配数。Matches for one audience.' })
export class AudienceCount {
  @Field(() => AudienceEnum, { description: '学习对象。Audience.' })
  audience!: Audience

  @Field(() => Int, { description: '匹配数。Matches.' })
  count!: number
}

@ObjectType({ description: '某街道的匹配数。Matches on one street.' })
export class StreetCount {
  @Field(() => Street, { description: '街道。Street.' })
  street!: Street

  @Field(() => Int, { description: '匹配数。Matches.' })
  count!: number
}

@ObjectType({
  description:
    '分面统计：在同样的筛选条件下，各主题、对象、街道的数量，多的在前。Facet counts under the same filters, largest first.',
})
export class CatalogueFacets {
  @Field(() => [TopicCount], { description: '按主题。By topic.' })
  topics!: TopicCount[]

  @Field(() => [AudienceCount], { description: '按学习对象。By audience.' })
  audiences!: AudienceCount[]

  @Field(() => [StreetCount], {
    description:
      '按街道（课程：提供机构所在街道；系列讲座：场次场地所在街道）。By street (a course: its provider’s street; a series: its sessions’ venues’ streets).',
  })
  streets!: StreetCount[]
}
