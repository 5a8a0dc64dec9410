/** The Health type: whether the hub and its database are up, for probes and dashboards. */
import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: '数据库连接状态。The database as the hub sees it.' })
export class DatabaseHealth {
  @Field(() => Boolean, { description: '数据库是否响应。Whether the database answered a ping.' })
  reachable!: boolean

  @Field(() => String, { nullable: true, description: '服务器类型：mongodb 或 ferretdb。Server kind: mongodb or ferretdb.' })
  kind!: string | null

  @Field(() => String, { nullable: true, description: '服务器版本。Server version.' })
  version!: string | null
}

@ObjectType({ description: '服务健康状况。Health of the hub.' })
export class Health {
  @Field(() => String, { description: '“ok” 或 “degraded”。"ok" or "degraded".' })
  status!: string

  @Field(() => String, { description: '本服务的版本。Version of the hub.' })
  version!: string

  @Field(() => DatabaseHealth, { description: '数据库。The database.' })
  database!: DatabaseHealth
}
