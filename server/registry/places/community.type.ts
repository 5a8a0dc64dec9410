/** The Community type: a community (社区) within a street. */
import { Field, ID, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: '社区：街道下的社区。A community within a street.' })
export class Community {
  @Field(() => ID, { description: '社区编号。Community id.' })
  id!: string

  @Field(() => String, { description: '社区名称。Name.' })
  name!: string

  @Field(() => Int, { description: '常住人口。Resident population.' })
  residentPopulation!: number

  streetId!: string
}
