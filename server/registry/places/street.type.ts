/** The Street type of the graph: one of Gongshu's 18 streets (街道). */
import { Field, ID, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: '街道：拱墅区十八个街道之一。A street: one of the 18 streets of Gongshu District.' })
export class Street {
  @Field(() => ID, { description: '稳定的街道编号（拼音）。Stable street id (pinyin).' })
  id!: string

  @Field(() => String, { description: '街道名称，例如“湖墅”。Chinese name, e.g. 湖墅.' })
  name!: string

  @Field(() => String, { description: '英文（拼音）名称。Name in English (pinyin).' })
  nameEn!: string

  @Field(() => Int, { description: '常住人口。Resident population.' })
  residentPopulation!: number
}
