/**
 * The change feed's graph types: one event of the change log, the entity it
 * names (resolved through the same loaders as every other public query), and
 * a page of events with a cursor a platform keeps.
 */
import { createUnionType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import type { ChangeAction, ChangeKind } from '../../changes/changeLog.ts'
import { CourseCollection } from '../../content/collections/collection.type.ts'
import { Course } from '../../content/courses/course.type.ts'
import { LectureSeries } from '../../content/series/series.type.ts'
import { Session } from '../../content/sessions/session.type.ts'
import { kindOf } from '../../content/shared/nodeKind.ts'
import { PageInfo } from '../../graphql/pagination/connection.ts'
import { Institution } from '../../registry/institutions/institution.type.ts'
import { Community } from '../../registry/places/community.type.ts'
import { Street } from '../../registry/places/street.type.ts'
import { Teacher } from '../../registry/teachers/teacher.type.ts'
import { Venue } from '../../registry/venues/venue.type.ts'
import type { FeedEvent } from './readChanges.ts'

export enum ChangeKindEnum {
  COURSE = 'course',
  SERIES = 'series',
  SESSION = 'session',
  COLLECTION = 'collection',
  INSTITUTION = 'institution',
  TEACHER = 'teacher',
  VENUE = 'venue',
  STREET = 'street',
  COMMUNITY = 'community',
}

registerEnumType(ChangeKindEnum, {
  name: 'CatalogueChangeKind',
  description: '变更涉及的对象类别。What kind of public entity a change touched.',
  valuesConfig: {
    COURSE: { description: '课程。A course.' },
    SERIES: { description: '系列讲座。A lecture series.' },
    SESSION: { description: '场次。A session of a lecture series.' },
    COLLECTION: { description: '专题。A collection.' },
    INSTITUTION: { description: '机构（登记库）。A registry institution.' },
    TEACHER: { description: '教师（师资库）。A registry teacher.' },
    VENUE: { description: '场地（场地库）。A registry venue.' },
    STREET: { description: '街道。A street.' },
    COMMUNITY: { description: '社区。A community.' },
  },
})

export enum ChangeActionEnum {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  REMOVED = 'REMOVED',
}

registerEnumType(ChangeActionEnum, {
  name: 'CatalogueChangeAction',
  description: '变更的动作。What happened to the entity.',
  valuesConfig: {
    CREATED: {
      description:
        '开始公开：首次发布或登记，或撤下后重新发布。Became public: published or registered for the first time, or published again after a withdrawal.',
    },
    UPDATED: {
      description: '公开期间的更新（含再次发布）。Changed while public (including a publish of a new version).',
    },
    REMOVED: {
      description: '撤下、删除或许可到期：不再公开。Withdrawn, deleted or its license ended: no longer public.',
    },
  },
})

export const CatalogueEntity = createUnionType({
  name: 'CatalogueEntity',
  description: '变更所指的公开对象。The public entity a change names.',
  types: () =>
    [Course, LectureSeries, Session, CourseCollection, Institution, Teacher, Venue, Street, Community] as const,
  resolveType: (value) => kindOf(value),
})

@ObjectType({
  description: '变更事件：已发布目录或登记库的一次变更。One change to the published catalogue or the registry.',
})
export class CatalogueChange {
  @Field(() => ID, {
    description:
      '事件编号（提交号.序号），稳定且唯一，可作幂等键。Event id (`<commit>.<index>`), stable and unique: an idempotency key.',
  })
  eventId!: string

  @Field(() => Int, {
    description: '提交号：单调递增、无空缺的序列。The commit number: a monotonic sequence without holes.',
  })
  commit!: number

  @Field(() => Int, {
    description:
      '在该提交中的序号；(commit, index) 即事件的顺序。The event’s place within its commit; (commit, index) orders all events.',
  })
  index!: number

  @Field(() => Date, { description: '变更时间。When the change was written.' })
  at!: Date

  @Field(() => ChangeKindEnum, { description: '对象类别。Entity kind.' })
  kind!: ChangeKind

  @Field(() => ID, { description: '对象编号。Entity id.' })
  entityId!: string

  @Field(() => Float, {
    description:
      '变更后对象的版本（毫秒时间戳，只增不减）。The entity’s version after the change (milliseconds; never decreases).',
  })
  version!: number

  @Field(() => ChangeActionEnum, { description: '动作。Action.' })
  action!: ChangeAction

  event!: FeedEvent
}

export function toCatalogueChange(event: FeedEvent): CatalogueChange {
  return {
    eventId: event.eventId,
    commit: event.commit,
    index: event.index,
    at: event.at,
    kind: event.kind,
    entityId: event.id,
    version: event.version,
    action: event.action,
    event,
  }
}

@ObjectType({ description: '变更事件（一项）及其游标。One change with its cursor.' })
export class CatalogueChangeEdge {
  @Field(() => String, { description: '此事件之后的游标。The cursor just after this event.' })
  cursor!: string

  @Field(() => CatalogueChange, { description: '变更事件。The change.' })
  node!: CatalogueChange
}

@ObjectType({ description: '变更流的一页，按顺序。A page of the change feed, in sequence order.' })
export class CatalogueChangeConnection {
  @Field(() => [CatalogueChangeEdge], { description: '本页的事件。Events on this page.' })
  edges!: CatalogueChangeEdge[]

  @Field(() => PageInfo, {
    description:
      '分页信息：endCursor 总有值，是下次继续的位置（含被 kinds 略过的事件）；hasNextPage 为真时立即再取。Paging: endCursor is always set, the place to continue from (past events `kinds` skipped); fetch again at once while hasNextPage.',
  })
  pageInfo!: PageInfo

  @Field(() => Int, { description: '本次回答读到的最新提交号。The latest commit this answer could read.' })
  headCommit!: number
}
