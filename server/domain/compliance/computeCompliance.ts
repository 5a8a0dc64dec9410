/**
 * The evaluation desk's (督评) checks, computed from registry figures. Pure:
 * it takes plain data and returns each figure with its threshold, the
 * verdict and the records behind it.
 */
import type { InstitutionKind } from '../vocabulary.ts'
import { POLICY_THRESHOLDS } from './policyThresholds.ts'

export type ComplianceRuleId =
  | 'DISTRICT_WORKERS_PER_10K'
  | 'STREET_BRANCH_STAFF'
  | 'TEACHING_POINT_STAFF'
  | 'STREET_SCHOOL_FLOOR_AREA'
  | 'FUNDING_PER_RESIDENT'

export interface ComplianceInput {
  year: number
  streets: { id: string; name: string; residentPopulation: number }[]
  institutions: {
    id: string
    name: string
    kind: InstitutionKind
    streetId: string | null
    fullTimeStaff: number
    floorAreaM2: number | null
  }[]
  budgets: { scope: string; year: number; amountCny: number }[]
}

export interface EvidenceRecord {
  id: string
  name: string
  figure: number | null
  pass: boolean
}

export interface ComplianceCheck {
  rule: ComplianceRuleId
  clause: string
  figure: number
  threshold: number
  pass: boolean
  records: EvidenceRecord[]
}

export interface ComplianceSection {
  scope: string
  population: number
  checks: ComplianceCheck[]
  pass: boolean
}

export interface ComplianceResult {
  year: number
  district: ComplianceSection
  streets: ComplianceSection[]
}

/** Kinds whose full-time staff are community-education workers (the network, not partners). */
export const NETWORK_KINDS: readonly InstitutionKind[] = [
  'DISTRICT_COLLEGE',
  'STREET_BRANCH',
  'COMMUNITY_SCHOOL',
  'ELDERLY_COLLEGE',
  'ELDERLY_BRANCH',
  'ELDERLY_TEACHING_POINT',
]

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

export function requiredBranchStaff(residentPopulation: number): number {
  const rule = POLICY_THRESHOLDS.streetBranchFullTimeStaff
  return Math.max(rule.minimum, Math.ceil(residentPopulation * rule.shareOfResidents))
}

function fundingCheck(scope: string, label: string, population: number, input: ComplianceInput): ComplianceCheck {
  const budget = input.budgets.find((entry) => entry.scope === scope && entry.year === input.year)
  const perResident = budget && population > 0 ? budget.amountCny / population : 0
  const threshold = POLICY_THRESHOLDS.fundingPerResident.minCny
  // The verdict uses the exact figure; only the figure shown is rounded.
  const pass = perResident >= threshold
  return {
    rule: 'FUNDING_PER_RESIDENT',
    clause: POLICY_THRESHOLDS.fundingPerResident.clause,
    figure: round(perResident),
    threshold,
    pass,
    records: budget
      ? [
          {
            id: `budget:${scope}:${input.year}`,
            name: `${label} ${input.year} 年社区教育经费`,
            figure: budget.amountCny,
            pass,
          },
        ]
      : [],
  }
}

function section(scope: string, population: number, checks: ComplianceCheck[]): ComplianceSection {
  return { scope, population, checks, pass: checks.every((check) => check.pass) }
}

export function computeCompliance(input: ComplianceInput): ComplianceResult {
  const districtPopulation = input.streets.reduce((sum, street) => sum + street.residentPopulation, 0)

  const network = input.institutions.filter((institution) => NETWORK_KINDS.includes(institution.kind))
  const workers = network.reduce((sum, institution) => sum + institution.fullTimeStaff, 0)
  const workersPer10k = districtPopulation > 0 ? (workers / districtPopulation) * 10_000 : 0
  const workersRule = POLICY_THRESHOLDS.districtFullTimeWorkersPer10k
  const district = section('district', districtPopulation, [
    {
      rule: 'DISTRICT_WORKERS_PER_10K',
      clause: workersRule.clause,
      figure: round(workersPer10k, 3),
      threshold: workersRule.minPer10k,
      pass: workersPer10k >= workersRule.minPer10k,
      records: network
        .filter((institution) => institution.fullTimeStaff > 0)
        .map((institution) => ({
          id: institution.id,
          name: institution.name,
          figure: institution.fullTimeStaff,
          pass: true,
        })),
    },
    fundingCheck('district', '拱墅区', districtPopulation, input),
  ])

  const streets = input.streets.map((street) => {
    const ofStreet = input.institutions.filter((institution) => institution.streetId === street.id)
    const branches = ofStreet.filter((institution) => institution.kind === 'STREET_BRANCH')
    const schools = ofStreet.filter((institution) => institution.kind === 'COMMUNITY_SCHOOL')

    const branchStaff = branches.reduce((sum, branch) => sum + branch.fullTimeStaff, 0)
    const neededStaff = requiredBranchStaff(street.residentPopulation)
    const staffPass = branches.length > 0 && branchStaff >= neededStaff

    const pointMinimum = POLICY_THRESHOLDS.teachingPointStaff.minimum
    const staffedSchools = schools.filter((school) => school.fullTimeStaff >= pointMinimum).length

    const areaMinimum = POLICY_THRESHOLDS.streetSchoolFloorArea.minM2
    const smallestArea = branches.length > 0 ? Math.min(...branches.map((branch) => branch.floorAreaM2 ?? 0)) : 0

    return section(street.id, street.residentPopulation, [
      {
        rule: 'STREET_BRANCH_STAFF',
        clause: POLICY_THRESHOLDS.streetBranchFullTimeStaff.clause,
        figure: branchStaff,
        threshold: neededStaff,
        pass: staffPass,
        records: branches.map((branch) => ({
          id: branch.id,
          name: branch.name,
          figure: branch.fullTimeStaff,
          pass: staffPass,
        })),
      },
      {
        rule: 'TEACHING_POINT_STAFF',
        clause: POLICY_THRESHOLDS.teachingPointStaff.clause,
        figure: staffedSchools,
        threshold: schools.length,
        pass: staffedSchools === schools.length,
        records: schools.map((school) => ({
          id: school.id,
          name: school.name,
          figure: school.fullTimeStaff,
          pass: school.fullTimeStaff >= pointMinimum,
        })),
      },
      {
        rule: 'STREET_SCHOOL_FLOOR_AREA',
        clause: POLICY_THRESHOLDS.streetSchoolFloorArea.clause,
        figure: smallestArea,
        threshold: areaMinimum,
        pass: branches.length > 0 && smallestArea >= areaMinimum,
        records: branches.map((branch) => ({
          id: branch.id,
          name: branch.name,
          figure: branch.floorAreaM2,
          pass: (branch.floorAreaM2 ?? 0) >= areaMinimum,
        })),
      },
      fundingCheck(street.id, `${street.name}街道`, street.residentPopulation, input),
    ])
  })

  return { year: input.year, district, streets }
}
