/**
 * Relay-style connections (edges, cursors, pageInfo, totalCount) for any
 * node type, built once per node class.
 */
import { type ClassType, Field, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: '分页信息。Where this page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: '后面是否还有。Whether more items follow.' })
  hasNextPage!: boolean

  @Field(() => Boolean, { description: '前面是否还有。Whether items precede this page.' })
  hasPreviousPage!: boolean

  @Field(() => String, { nullable: true, description: '本页第一项的游标。Cursor of the first item.' })
  startCursor!: string | null

  @Field(() => String, {
    nullable: true,
    description: '本页最后一项的游标，传给 after 取下一页。Cursor of the last item: pass it as `after`.',
  })
  endCursor!: string | null
}

export interface Edge<T> {
  cursor: string
  node: T
}

export interface Connection<T> {
  edges: Edge<T>[]
  pageInfo: PageInfo
  totalCount: number
}

export function ConnectionType<T extends object>(nodeClass: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `${description}（一项）。One item with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: '游标。Cursor.' })
    cursor!: string

    @Field(() => nodeClass, { description: '项目。The item.' })
    node!: T
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: '本页的项目。Items on this page.' })
    edges!: EdgeType[]

    @Field(() => PageInfo, { description: '分页信息。Paging.' })
    pageInfo!: PageInfo

    @Field(() => Int, { description: '符合筛选条件的总数。How many items match the filters.' })
    totalCount!: number
  }
  return ConnectionClass
}
