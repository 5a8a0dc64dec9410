/**
 * The change feed in the graph: `catalogueChanges` pages the change log in
 * sequence order from a stored cursor, each event resolving to its entity
 * through the request's loaders; `catalogueChangesCursor` gives the cursor of
 * "now" for a platform about to load everything. On the in-memory read model
 * the feed reads no further than the answer's snapshot, so an event's entity
 * is always there at that event's version or newer.
 */
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity'
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import { readHead, type ChangeKind } from '../../changes/changeLog.ts'
import { toCourseCollection } from '../../content/collections/collection.type.ts'
import { toCourse } from '../../content/courses/course.type.ts'
import { toLectureSeries } from '../../content/series/series.type.ts'
import { toSession } from '../../content/sessions/session.type.ts'
import { tagged } from '../../content/shared/nodeKind.ts'
import { limits } from '../../config/limits.ts'
import { BadInputError, ResyncRequiredError } from '../../errors/hubErrors.ts'
import type { HubContext } from '../../graphql/context.ts'
import { toInstitution } from '../../registry/institutions/institution.type.ts'
import { toCommunity, toStreet } from '../../registry/places/placeNodes.ts'
import { toTeacher } from '../../registry/teachers/teacher.type.ts'
import { toVenue } from '../../registry/venues/venue.type.ts'
import { Snapshot } from '../../readModel/snapshot.ts'
import {
  CatalogueChange,
  CatalogueChangeConnection,
  CatalogueEntity,
  ChangeKindEnum,
  toCatalogueChange,
} from './catalogueChange.type.ts'
import { decodeFeedCursor, encodeFeedCursor } from './feedCursor.ts'
import { ChangesPrunedError, headPosition, readChanges } from './readChanges.ts'

/** The last commit this answer may list: its snapshot's on the read model, the log's head on the database path. */
async function readableHead(ctx: HubContext): Promise<number> {
  return ctx.read instanceof Snapshot ? ctx.read.commit : readHead(ctx.db)
}

function feedPageSize(first: number | null): number {
  if (first === null || first === undefined) return limits.syndication.feedDefaultPage
  if (!Number.isInteger(first) || first < 1 || first > limits.syndication.feedMaxPage) {
    throw new BadInputError(
      `first 须在 1–${limits.syndication.feedMaxPage} 之间。first must be 1–${limits.syndication.feedMaxPage}.`,
      [{ path: 'first', reason: `must be between 1 and ${limits.syndication.feedMaxPage}` }],
    )
  }
  return first
}

/** A page of events costs its events, as any page does. */
const feedComplexity = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + childComplexity * (typeof args.first === 'number' ? args.first : limits.syndication.feedDefaultPage)

const mapped = <T, R>(entry: T | null, to: (entry: T) => R): R | null => (entry ? to(entry) : null)

@Resolver(() => CatalogueChange)
export class CatalogueChangesResolver {
  @Query(() => CatalogueChangeConnection, {
    complexity: feedComplexity,
    description:
      '变更流：已发布目录和登记库的每次变更，按顺序，游标可长期保存后续取；游标早于变更日志保留范围时报 RESYNC_REQUIRED。The change feed: every change to the published catalogue and the registry, in sequence order, from a cursor a platform may keep for days; a cursor older than the log keeps answers RESYNC_REQUIRED.',
  })
  async catalogueChanges(
    @Ctx() ctx: HubContext,
    @Arg('after', () => String, {
      nullable: true,
      description: '上次的 endCursor（为空则从日志开头）。The previous endCursor (none: from the start of the log).',
    })
    after: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页事件数（默认 ${limits.syndication.feedDefaultPage}，最多 ${limits.syndication.feedMaxPage}）。Events per page.`,
    })
    first: number | null,
    @Arg('kinds', () => [ChangeKindEnum], {
      nullable: true,
      description: '只要这些类别（默认全部）。Only these kinds (default: all).',
    })
    kinds: ChangeKind[] | null,
  ): Promise<CatalogueChangeConnection> {
    const size = feedPageSize(first)
    const position = after ? decodeFeedCursor(after) : null
    const upTo = await readableHead(ctx)
    try {
      const page = await readChanges(ctx.db, { after: position, first: size, kinds, upTo })
      const edges = page.events.map((event) => ({
        cursor: encodeFeedCursor(event.next),
        node: toCatalogueChange(event),
      }))
      return {
        edges,
        headCommit: upTo,
        pageInfo: {
          hasNextPage: page.hasMore,
          hasPreviousPage: page.events[0] ? page.events[0].commit > 1 || page.events[0].index > 0 : false,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: encodeFeedCursor(page.next),
        },
      }
    } catch (error) {
      if (!(error instanceof ChangesPrunedError)) throw error
      throw new ResyncRequiredError(
        `变更日志已不再保留提交 ${error.missingCommit}：请重新同步全部数据，再从 catalogueChangesCursor 继续。The change log no longer keeps commit ${error.missingCommit}: reload everything, then continue from catalogueChangesCursor.`,
        { missingCommit: error.missingCommit, oldestKeptCommit: error.oldestKept },
      )
    }
  }

  @Query(() => String, {
    description:
      '当前位置的游标：先取此游标，再全量同步，之后从它读变更流。The cursor of the latest change: take it, load everything, then follow the feed from it.',
  })
  async catalogueChangesCursor(@Ctx() ctx: HubContext): Promise<string> {
    return encodeFeedCursor(await headPosition(ctx.db, await readableHead(ctx)))
  }

  @FieldResolver(() => CatalogueEntity, {
    nullable: true,
    description:
      '变更所指的对象（当前公开的样子）；已撤下或删除时为空，只有编号和动作。The entity as it is public now; null once withdrawn or deleted (the event keeps only its id and action).',
  })
  async entity(@Root() change: CatalogueChange, @Ctx() ctx: HubContext): Promise<typeof CatalogueEntity | null> {
    if (change.action === 'REMOVED') return null
    const id = change.entityId
    const { loaders } = ctx
    switch (change.kind) {
      case 'course':
        return mapped(await loaders.course.load(id), (entry) => toCourse(entry))
      case 'series':
        return mapped(await loaders.series.load(id), (entry) => toLectureSeries(entry))
      case 'session':
        return mapped(await loaders.session.load(id), (entry) => tagged('Session', toSession(entry)))
      case 'collection':
        return mapped(await loaders.collection.load(id), (entry) =>
          tagged('CourseCollection', toCourseCollection(entry)),
        )
      case 'institution':
        return mapped(await loaders.institution.load(id), (entry) => tagged('Institution', toInstitution(entry)))
      case 'teacher':
        return mapped(await loaders.teacher.load(id), (entry) => tagged('Teacher', toTeacher(entry)))
      case 'venue':
        return mapped(await loaders.venue.load(id), (entry) => tagged('Venue', toVenue(entry)))
      case 'street':
        return mapped(await loaders.street.load(id), (entry) => tagged('Street', toStreet(entry)))
      case 'community':
        return mapped(await loaders.community.load(id), (entry) => tagged('Community', toCommunity(entry)))
    }
  }
}
