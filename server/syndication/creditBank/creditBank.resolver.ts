/**
 * `creditBankExport(from:, to:)`: the credit bank's records of a period, for
 * editors only (a partner or coordinator is refused), read from the answer's
 * snapshot and never cached.
 */
import { Arg, Ctx, Query, Resolver } from 'type-graphql'
import { requireRole } from '../../auth/guards.ts'
import { limits } from '../../config/limits.ts'
import { noCache } from '../../graphql/cachePolicy.ts'
import type { HubContext } from '../../graphql/context.ts'
import { CreditBankExportNode } from './creditBank.type.ts'
import { creditBankExport } from './creditBankRecords.ts'

@Resolver()
export class CreditBankResolver {
  @Query(() => CreditBankExportNode, {
    // Editors only and bounded by period and record count (limits.syndication), so it is costed as one item.
    complexity: ({ childComplexity }) => 1 + childComplexity,
    description: `学分银行导出（仅编辑）：截至 to 已发布的课程，以及 from–to 间举行的讲座场次；最长 ${limits.syndication.creditBankMaxDays} 天。The credit-bank export (editors only): courses published by \`to\` and the sessions held from \`from\` to \`to\`; at most ${limits.syndication.creditBankMaxDays} days.`,
  })
  async creditBankExport(
    @Ctx() ctx: HubContext,
    @Arg('from', () => Date, { description: '开始时刻（含）。Period start (included).' }) from: Date,
    @Arg('to', () => Date, { description: '结束时刻（不含）。Period end (excluded).' }) to: Date,
  ): Promise<CreditBankExportNode> {
    requireRole(ctx.viewer, ['admin', 'editor'], { zh: '导出学分银行数据', en: 'export credit-bank data' })
    noCache(ctx)
    return creditBankExport(ctx.read, { from, to }, { now: ctx.now })
  }
}
