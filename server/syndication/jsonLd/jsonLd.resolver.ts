/**
 * `jsonLd` on the graph's Course, LectureSeries and Session: the same
 * schema.org document the hub serves at /schema-org/…, for a frontend that
 * renders the page itself and embeds it in a
 * `<script type="application/ld+json">`. Built from the request's loaders.
 */
import { GraphQLJSONObject } from 'graphql-scalars'
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import { env } from '../../config/env.ts'
import { Course } from '../../content/courses/course.type.ts'
import { LectureSeries } from '../../content/series/series.type.ts'
import { Session } from '../../content/sessions/session.type.ts'
import type { HubContext } from '../../graphql/context.ts'
import { publicLinks } from '../http/publicLinks.ts'
import { courseJsonLd } from './courseJsonLd.ts'
import { withContext, type JsonLdNode, type JsonLdSources } from './schemaOrgNodes.ts'
import { seriesJsonLd, sessionNode } from './seriesJsonLd.ts'

const DESCRIPTION =
  'schema.org 结构化数据（JSON-LD），可直接嵌入页面。The schema.org document (JSON-LD) for this item, ready to embed in its page.'

/** The graph has no request origin: links use HUB_PUBLIC_URL, else the hub's local address. */
const sourcesOf = (ctx: HubContext): JsonLdSources => ({
  loaders: ctx.loaders,
  links: publicLinks(env.hubPublicUrl ?? `http://localhost:${env.hubPort}`),
  versions: [],
})

@Resolver(() => Course)
export class CourseJsonLdResolver {
  @FieldResolver(() => GraphQLJSONObject, { description: DESCRIPTION })
  async jsonLd(@Root() course: Course, @Ctx() ctx: HubContext): Promise<JsonLdNode> {
    return withContext(await courseJsonLd(course.entry, sourcesOf(ctx)))
  }
}

@Resolver(() => LectureSeries)
export class LectureSeriesJsonLdResolver {
  @FieldResolver(() => GraphQLJSONObject, { description: DESCRIPTION })
  async jsonLd(@Root() series: LectureSeries, @Ctx() ctx: HubContext): Promise<JsonLdNode> {
    return withContext(await seriesJsonLd(series.entry, ctx.read, sourcesOf(ctx)))
  }
}

@Resolver(() => Session)
export class SessionJsonLdResolver {
  @FieldResolver(() => GraphQLJSONObject, { description: DESCRIPTION })
  async jsonLd(@Root() session: Session, @Ctx() ctx: HubContext): Promise<JsonLdNode> {
    const series = session.entry.seriesId ? await ctx.loaders.series.load(session.entry.seriesId) : null
    return withContext(await sessionNode(session.entry, series, sourcesOf(ctx)))
  }
}
