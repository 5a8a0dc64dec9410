/**
 * Partners' systems propose courses through the graph: `submitCourse` and
 * `mySubmissions` run through Payload's Local API as the signed-in partner
 * (`overrideAccess: false`), so exactly the CMS's rules apply: the
 * submission belongs to the partner's institution, closed calls refuse it,
 * and a partner sees only its own work, without reviewers' notes.
 */
import type { GraphQLResolveInfo } from 'graphql'
import { Arg, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql'
import { requireRole } from '../auth/guards.ts'
import { limits } from '../config/limits.ts'
import { BadInputError } from '../errors/hubErrors.ts'
import { fromPayloadError } from '../errors/fromPayloadError.ts'
import { noCache } from '../graphql/cachePolicy.ts'
import type { HubContext } from '../graphql/context.ts'
import { pageComplexity } from '../graphql/limits/queryCost.ts'
import { pageSize } from '../graphql/pagination/keyset.ts'
import { SubmitCourseInput } from './submitCourse.input.ts'
import { Submission, SubmissionConnection, toSubmission, type SubmissionDoc } from './submission.type.ts'

const PARTNERS_ONLY = { zh: '申报课程（仅合作机构账号）', en: 'submit courses (partner accounts only)' }
/** Where the CMS's field names differ from the input's. */
const INPUT_NAMES = { call: 'callId', action: 'submit' }

const cursorOf = (offset: number) => Buffer.from(`submission:${offset}`).toString('base64url')

function offsetOf(after: string | null): number {
  if (!after) return 0
  const match = /^submission:(\d+)$/.exec(Buffer.from(after, 'base64url').toString())
  if (!match) throw new BadInputError('游标无效。Invalid cursor.', [{ path: 'after', reason: 'not a cursor of this list' }])
  return Number(match[1]) + 1
}

@Resolver()
export class SubmissionsResolver {
  @Mutation(() => Submission, { description: '合作机构申报一门课程（默认立即提交）。以该机构账号的身份写入，规则与后台相同。A partner proposes a course (submitted at once unless `submit: false`), under the same rules as in the admin.' })
  async submitCourse(@Ctx() ctx: HubContext, @Arg('input', () => SubmitCourseInput) input: SubmitCourseInput): Promise<Submission> {
    const viewer = requireRole(ctx.viewer, ['partner'], PARTNERS_ONLY)
    const { callId, submit, ...proposal } = input
    try {
      const created = await ctx.payload.create({
        collection: 'submissions',
        user: viewer.user,
        overrideAccess: false,
        depth: 0,
        data: { ...proposal, call: callId ?? undefined, action: submit ? 'submit' : undefined } as never,
      })
      return toSubmission(created as unknown as SubmissionDoc)
    } catch (error) {
      fromPayloadError(error, 'input', INPUT_NAMES)
    }
  }

  @Query(() => SubmissionConnection, { complexity: pageComplexity, description: '本机构的申报，最近更新的在前（仅合作机构账号）。Your institution’s submissions, most recently updated first (partner accounts only).' })
  async mySubmissions(
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' }) after: string | null,
  ) {
    noCache(info)
    const viewer = requireRole(ctx.viewer, ['partner'], PARTNERS_ONLY)
    const size = pageSize(first)
    const offset = offsetOf(after)
    if (offset + size > limits.collect.maxListed) throw new BadInputError(`最多列出 ${limits.collect.maxListed} 条。At most ${limits.collect.maxListed} are listed.`, [{ path: 'after', reason: 'too deep' }])
    const found = await ctx.payload.find({ collection: 'submissions', user: viewer.user, overrideAccess: false, depth: 0, sort: '-updatedAt', limit: offset + size, page: 1 })
    const docs = found.docs.slice(offset, offset + size) as unknown as SubmissionDoc[]
    const edges = docs.map((doc, index) => ({ cursor: cursorOf(offset + index), node: toSubmission(doc) }))
    return {
      edges,
      totalCount: found.totalDocs,
      pageInfo: {
        hasNextPage: offset + size < found.totalDocs,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    }
  }
}
