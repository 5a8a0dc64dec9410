/** The Health type: whether the hub and its database are up, for probes and dashboards. */
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import type { DatabaseFlavor } from '../database/flavor.ts'

export enum DatabaseKind {
  MONGODB = 'mongodb',
  FERRETDB = 'ferretdb',
}

registerEnumType(DatabaseKind, {
  name: 'DatabaseKind',
  description: '数据库服务器类型。Kind of MongoDB-compatible server.',
  valuesConfig: {
    MONGODB: { description: 'MongoDB 本身。MongoDB itself.' },
    FERRETDB: { description: 'FerretDB（SQLite 存储，离线嵌入式）。FerretDB on SQLite, the embedded offline server.' },
  },
})

export function databaseKindOf(flavor: DatabaseFlavor): DatabaseKind {
  return flavor === 'ferretdb' ? DatabaseKind.FERRETDB : DatabaseKind.MONGODB
}

@ObjectType({ description: '数据库连接状态。The database as the hub sees it.' })
export class DatabaseHealth {
  @Field(() => Boolean, { description: '数据库是否响应。Whether the database answered a ping.' })
  reachable!: boolean

  @Field(() => DatabaseKind, {
    nullable: true,
    description: '服务器类型；无法连接时为空。Server kind; null when unreachable.',
  })
  kind!: DatabaseKind | null

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
