/**
 * Partners' systems propose courses through the graph: `submitCourse` and
 * `mySubmissions` run through Payload's Local API as the signed-in partner
 * (`overrideAccess: false`), so exactly the CMS's rules apply: the
 * submission belongs to the partner's institution, closed calls refuse it,
 * and a partner sees only its own work, without reviewers' notes.
 */
import type { GraphQLResolveInfo } from 'graphql'
import type { Where } from 'payload'
import { Arg, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql'
import { requireRole } from '../auth/guards.ts'
import { limits } from '../config/limits.ts'
import { fromPayloadError } from '../errors/fromPayloadError.ts'
import { noCache } from '../graphql/cachePolicy.ts'
import type { HubContext } from '../graphql/context.ts'
import { pageComplexity } from '../graphql/limits/queryCost.ts'
import { selectsField } from '../graphql/pagination/selects.ts'
import {
  connectionOf,
  decodeSortCursor,
  encodeSortCursor,
  pageSize,
  type SortOrder,
} from '../graphql/pagination/sortedPage.ts'
import { SubmitCourseInput } from './submitCourse.input.ts'
import { Submission, SubmissionConnection, toSubmission, type SubmissionDoc } from './submission.type.ts'

const PARTNERS_ONLY = { zh: '申报课程（仅合作机构账号）', en: 'submit courses (partner accounts only)' }
/** Where the CMS's field names differ from the input's. */
const INPUT_NAMES = { call: 'callId', action: 'submit' }

/** Most recently updated first, as the admin lists them; the same cursor format as every list of the graph. */
const RECENT: SortOrder = { key: 'recent', fields: [{ path: 'updatedAt', direction: -1, type: 'date' }] }
const cursorOf = (doc: SubmissionDoc) =>
  encodeSortCursor(RECENT, { _id: String(doc.id), updatedAt: new Date(doc.updatedAt) })

/** Payload's `where` for "after this cursor": older, or as old with a greater id. */
function afterWhere(after: string): Where {
  const { values, id } = decodeSortCursor(RECENT, after)
  const updatedAt = new Date(values[0] as number).toISOString()
  return {
    or: [
      { updatedAt: { less_than: updatedAt } },
      { and: [{ updatedAt: { equals: updatedAt } }, { id: { greater_than: id } }] },
    ],
  }
}

@Resolver()
export class SubmissionsResolver {
  @Mutation(() => Submission, {
    description:
      '合作机构申报一门课程（默认立即提交）。以该机构账号的身份写入，规则与后台相同。A partner proposes a course (submitted at once unless `submit: false`), under the same rules as in the admin.',
  })
  async submitCourse(
    @Ctx() ctx: HubContext,
    @Arg('input', () => SubmitCourseInput) input: SubmitCourseInput,
  ): Promise<Submission> {
    const viewer = requireRole(ctx.viewer, ['partner'], PARTNERS_ONLY)
    const { callId, submit, ...proposal } = input
    try {
      const created = await ctx.payload.create({
        collection: 'submissions',
        user: viewer.user,
        overrideAccess: false,
        depth: 0,
        data: { ...proposal, call: callId ?? undefined, action: submit ? 'submit' : undefined },
      })
      return toSubmission(created)
    } catch (error) {
      fromPayloadError(error, 'input', INPUT_NAMES)
    }
  }

  @Query(() => SubmissionConnection, {
    complexity: pageComplexity,
    description:
      '本机构的申报，最近更新的在前（仅合作机构账号）。Your institution’s submissions, most recently updated first (partner accounts only).',
  })
  async mySubmissions(
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.`,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' })
    after: string | null,
  ) {
    noCache(ctx)
    const viewer = requireRole(ctx.viewer, ['partner'], PARTNERS_ONLY)
    const size = pageSize(first)
    // By key, not by offset: each page reads its own items (and one more), however deep it is.
    const found = await ctx.payload.find({
      collection: 'submissions',
      user: viewer.user,
      overrideAccess: false,
      depth: 0,
      sort: ['-updatedAt', 'id'],
      where: after ? afterWhere(after) : undefined,
      limit: size + 1,
      pagination: false,
    })
    const totalCount = selectsField(info, 'totalCount')
      ? (await ctx.payload.count({ collection: 'submissions', user: viewer.user, overrideAccess: false })).totalDocs
      : 0
    return connectionOf(found.docs, size, Boolean(after), totalCount, cursorOf, toSubmission)
  }
}
