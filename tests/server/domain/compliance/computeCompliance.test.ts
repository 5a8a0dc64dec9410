/**
 * The evaluation desk's figures on a small hand-computed district, including
 * the values right at each threshold.
 */
import { describe, expect, it } from '@jest/globals'
import {
  computeCompliance,
  requiredBranchStaff,
  type ComplianceInput,
} from '../../../../server/domain/compliance/computeCompliance.ts'

type Institution = ComplianceInput['institutions'][number]
const branch = (streetId: string, fullTimeStaff: number, floorAreaM2: number | null): Institution => ({
  id: `branch-${streetId}`,
  name: `${streetId} branch`,
  kind: 'STREET_BRANCH',
  streetId,
  fullTimeStaff,
  floorAreaM2,
})
const school = (id: string, streetId: string, fullTimeStaff: number): Institution => ({
  id,
  name: id,
  kind: 'COMMUNITY_SCHOOL',
  streetId,
  fullTimeStaff,
  floorAreaM2: null,
})

/** Two streets, 50,000 + 30,000 = 80,000 residents. */
function district(institutions: Institution[], budgets: ComplianceInput['budgets'] = []): ComplianceInput {
  return {
    year: 2026,
    streets: [
      { id: 'a', name: '甲', residentPopulation: 50_000 },
      { id: 'b', name: '乙', residentPopulation: 30_000 },
    ],
    institutions,
    budgets,
  }
}

describe('requiredBranchStaff: 0.01% of residents, at least 3', () => {
  it.each([
    [10_000, 3],
    [30_000, 3],
    [30_001, 4],
    [50_000, 5],
    [50_001, 6],
  ])('%i residents need %i', (population, needed) => {
    expect(requiredBranchStaff(population)).toBe(needed)
  })
})

describe('full-time workers per 10,000 residents, district-wide (>= 0.5)', () => {
  // 80,000 residents: 4 workers is exactly 0.5 per 10,000.
  it.each([
    [3, 0.375, false],
    [4, 0.5, true],
    [5, 0.625, true],
  ])('%i workers give %f', (workers, figure, pass) => {
    const result = computeCompliance(district([branch('a', workers, 600)]))
    const check = result.district.checks.find((c) => c.rule === 'DISTRICT_WORKERS_PER_10K')!
    expect([check.figure, check.threshold, check.pass]).toEqual([figure, 0.5, pass])
  })

  it('does not count partners', () => {
    const partner: Institution = {
      id: 'p',
      name: 'p',
      kind: 'UNIVERSITY',
      streetId: 'a',
      fullTimeStaff: 100,
      floorAreaM2: null,
    }
    const check = computeCompliance(district([partner])).district.checks.find(
      (c) => c.rule === 'DISTRICT_WORKERS_PER_10K',
    )!
    expect(check.figure).toBe(0)
    expect(check.records).toEqual([])
  })
})

describe('street branch full-time staff', () => {
  it.each([
    ['street a (50,000) with 4', 'a', 4, 5, false],
    ['street a (50,000) with 5', 'a', 5, 5, true],
    ['street b (30,000) with 2', 'b', 2, 3, false],
    ['street b (30,000) with 3', 'b', 3, 3, true],
  ])('%s', (_case, streetId, staff, threshold, pass) => {
    const section = computeCompliance(district([branch(streetId, staff, 600)])).streets.find(
      (s) => s.scope === streetId,
    )!
    const check = section.checks.find((c) => c.rule === 'STREET_BRANCH_STAFF')!
    expect([check.figure, check.threshold, check.pass]).toEqual([staff, threshold, pass])
    expect(check.records.map((r) => r.id)).toEqual([`branch-${streetId}`])
  })

  it('fails a street without a branch', () => {
    const section = computeCompliance(district([])).streets[0]!
    expect(section.checks.find((c) => c.rule === 'STREET_BRANCH_STAFF')).toMatchObject({
      figure: 0,
      pass: false,
      records: [],
    })
  })
})

describe('street community school floor area (>= 500 m²)', () => {
  it.each([
    [499.5, false],
    [500, true],
    [null, false],
  ])('%p m²', (area, pass) => {
    const check = computeCompliance(district([branch('a', 5, area)])).streets[0]!.checks.find(
      (c) => c.rule === 'STREET_SCHOOL_FLOOR_AREA',
    )!
    expect([check.figure, check.threshold, check.pass]).toEqual([area ?? 0, 500, pass])
  })
})

describe('each community teaching point has >= 1 manager or full-time teacher', () => {
  it('passes when every school has one and lists the ones that do not', () => {
    const section = computeCompliance(
      district([branch('a', 5, 600), school('s1', 'a', 1), school('s2', 'a', 0), school('s3', 'a', 2)]),
    ).streets[0]!
    const check = section.checks.find((c) => c.rule === 'TEACHING_POINT_STAFF')!
    expect([check.figure, check.threshold, check.pass]).toEqual([2, 3, false])
    expect(check.records.filter((r) => !r.pass).map((r) => r.id)).toEqual(['s2'])
  })
})

describe('funding per resident (>= 4 CNY a year)', () => {
  it.each([
    ['district, exactly 4', 'district', 320_000, 4, true],
    ['district, just under', 'district', 316_000, 3.95, false],
    ['street b, 3.99', 'b', 119_700, 3.99, false],
    ['street b, 4.2', 'b', 126_000, 4.2, true],
  ])('%s', (_case, scope, amount, figure, pass) => {
    const result = computeCompliance(district([], [{ scope, year: 2026, amountCny: amount }]))
    const section = scope === 'district' ? result.district : result.streets.find((s) => s.scope === scope)!
    const check = section.checks.find((c) => c.rule === 'FUNDING_PER_RESIDENT')!
    expect([check.figure, check.threshold, check.pass]).toEqual([figure, 4, pass])
  })

  it('fails when no budget is recorded for the year', () => {
    const result = computeCompliance(district([], [{ scope: 'district', year: 2025, amountCny: 1_000_000 }]))
    expect(result.district.checks.find((c) => c.rule === 'FUNDING_PER_RESIDENT')).toMatchObject({
      figure: 0,
      pass: false,
      records: [],
    })
  })
})

describe('verdicts use exact figures, not the rounded ones shown', () => {
  it('fails 3.99999 CNY per resident even though it shows as 4', () => {
    const check = computeCompliance(
      district([], [{ scope: 'district', year: 2026, amountCny: 319_999 }]),
    ).district.checks.find((c) => c.rule === 'FUNDING_PER_RESIDENT')!
    expect(check.figure).toBe(4)
    expect(check.pass).toBe(false)
  })
})
