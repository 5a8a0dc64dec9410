/**
 * 2026 community-education budgets, so the evaluation desk can check the
 * policy's ">= 4 CNY per resident per year" rule; three streets fall short on
 * purpose. Amounts derive from the street populations so they stay in step
 * when those are corrected.
 */
import type { BudgetSeed } from '../../server/registry/compliance/budgets.repository.ts'
import { GONGSHU_STREETS } from '../places/streets.ts'

const YEAR = 2026
const DISTRICT_CNY_PER_RESIDENT = 5.2

/** CNY per resident per street; changqing, tianshui and kangqiao are under 4. */
const STREET_CNY_PER_RESIDENT: Readonly<Record<string, number>> = {
  mishixiang: 4.6,
  hushu: 5.8,
  xiaohe: 4.4,
  hemu: 4.2,
  gongchenqiao: 6.5,
  daguan: 4.8,
  shangtang: 5.1,
  xiangfu: 4.3,
  banshan: 4.05,
  kangqiao: 3.8,
  shiqiao: 4.5,
  dongxin: 5.0,
  wenhui: 5.4,
  zhaohui: 6.1,
  chaoming: 4.9,
  changqing: 3.2,
  wulin: 6.2,
  tianshui: 3.6,
}

function buildBudgets(): BudgetSeed[] {
  const districtResidents = GONGSHU_STREETS.reduce((sum, s) => sum + s.residentPopulation, 0)
  const budgets: BudgetSeed[] = [
    {
      scope: 'district',
      year: YEAR,
      amountCny: Math.round((districtResidents * DISTRICT_CNY_PER_RESIDENT) / 1000) * 1000,
    },
  ]
  for (const street of GONGSHU_STREETS) {
    const rate = STREET_CNY_PER_RESIDENT[street.id]
    if (rate === undefined) throw new Error(`budgets: no rate for street ${street.id}`)
    budgets.push({ scope: street.id, year: YEAR, amountCny: Math.round(street.residentPopulation * rate) })
  }
  return budgets
}

export const EDUCATION_BUDGETS: readonly BudgetSeed[] = Object.freeze(buildBudgets())
