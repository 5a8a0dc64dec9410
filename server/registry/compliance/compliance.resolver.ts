/**
 * The evaluation desk: `complianceReport` for editors (everything) and street
 * coordinators (their street), and `setEducationBudget` for editors.
 */
import { Arg, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { noCache } from '../../graphql/cachePolicy.ts'
import { requireRole } from '../../auth/guards.ts'
import { limits } from '../../config/limits.ts'
import { computeCompliance } from '../../domain/compliance/computeCompliance.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { HubContext } from '../../graphql/context.ts'
import type { InstitutionDocument } from '../institutions/institution.content.ts'
import { listStreets } from '../places/streets.repository.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import { budgetsCollection, setBudget } from './budgets.repository.ts'
import { ComplianceReport, EducationBudget } from './compliance.type.ts'

const YEAR_RANGE = { min: 2000, max: 2100 }

function checkYear(year: number): void {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw new BadInputError(
      `年度须在 ${YEAR_RANGE.min}–${YEAR_RANGE.max} 之间。Year must be ${YEAR_RANGE.min}–${YEAR_RANGE.max}.`,
      [{ path: 'year', reason: 'out of range' }],
    )
  }
}

@Resolver()
export class ComplianceResolver {
  @Query(() => ComplianceReport, {
    description: '督评报告：按政策计算的各项指标。The policy’s figures, per street and district-wide.',
  })
  async complianceReport(
    @Ctx() ctx: HubContext,
    @Arg('year', () => Int, { description: '年度（经费按年度计）。Year, for the budget figures.' }) year: number,
  ): Promise<ComplianceReport> {
    noCache(ctx)
    const viewer = requireRole(ctx.viewer, ['admin', 'editor', 'coordinator'], {
      zh: '查看督评报告',
      en: 'read the compliance report',
    })
    checkYear(year)
    const [streets, institutions, budgets] = await Promise.all([
      listStreets(ctx.db),
      ctx.db
        .collection<InstitutionDocument>(REGISTRY_COLLECTIONS.institutions)
        .find(
          {},
          {
            projection: { name: 1, kind: 1, streetId: 1, fullTimeStaff: 1, floorAreaM2: 1 },
            maxTimeMS: limits.database.maxTimeMS,
          },
        )
        .toArray(),
      budgetsCollection(ctx.db).find({ year }).toArray(),
    ])
    const result = computeCompliance({
      year,
      streets,
      institutions: institutions.map((institution) => ({ ...institution, id: institution._id })),
      budgets,
    })
    const streetById = new Map(streets.map((street) => [street.id, street]))
    const visible =
      viewer.role === 'coordinator'
        ? result.streets.filter((section) => section.scope === viewer.street)
        : result.streets
    return {
      year,
      district: viewer.role === 'coordinator' ? null : { ...result.district, street: null },
      streets: visible.map((section) => ({ ...section, street: streetById.get(section.scope) ?? null })),
    }
  }

  @Mutation(() => EducationBudget, {
    description: '登记某年度的社区教育经费（编辑）。Record a year’s community-education budget (editors).',
  })
  async setEducationBudget(
    @Ctx() ctx: HubContext,
    @Arg('scope', () => ID, { description: '“district” 或街道编号。"district" or a street id.' }) scope: string,
    @Arg('year', () => Int) year: number,
    @Arg('amountCny', () => Float, { description: '金额（元）。Amount in CNY.' }) amountCny: number,
  ): Promise<EducationBudget> {
    const viewer = requireRole(ctx.viewer, ['admin', 'editor'], { zh: '登记经费', en: 'record budgets' })
    checkYear(year)
    if (!(amountCny >= 0) || !Number.isFinite(amountCny)) {
      throw new BadInputError('金额不能为负数。The amount must not be negative.', [
        { path: 'amountCny', reason: 'negative' },
      ])
    }
    const streets = await listStreets(ctx.db)
    if (scope !== 'district' && !streets.some((street) => street.id === scope)) {
      throw new BadInputError(`未知范围“${scope}”：须为 district 或街道编号。Unknown scope "${scope}".`, [
        { path: 'scope', reason: 'unknown street' },
      ])
    }
    return setBudget(ctx.db, { scope, year, amountCny }, viewer.email)
  }
}
