/**
 * The evaluation desk over HTTP on the seeded district: who may read it, what
 * a coordinator sees, the figures the seeds were built to show, and a budget
 * correction changing a verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ComplianceReportDocument } from '../../../../schema/generated/graphql.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { serviceAccount, signIn, signInCoordinator, signInPartner, type Credentials } from '../../../support/users.ts'

let stack: TestStack
const who: Record<string, Credentials> = {}

beforeAll(async () => {
  stack = await startStack('compliance')
  await seedRegistry(stack.database.db)
  who.anonymous = {}
  who.editor = await signIn(stack.cms, 'editor')
  who.admin = await signIn(stack.cms, 'admin')
  who.hushuCoordinator = await signInCoordinator(stack.cms, 'hushu')
  who.partner = await signInPartner(stack.cms, 'seed:partner-zjut')
  who.service = await serviceAccount(stack.cms, 'health-bureau')
})

afterAll(async () => {
  await stack.stop()
})

const SET_BUDGET =
  'mutation($scope: ID!, $year: Int!, $amount: Float!) { setEducationBudget(scope: $scope, year: $year, amountCny: $amount) { scope year amountCny } }'

describe('who may read the report', () => {
  it.each([
    ['anonymous', 'UNAUTHENTICATED', '请先登录。Sign in first.'],
    ['partner', 'FORBIDDEN', '无权查看督评报告。Your role may not read the compliance report.'],
    ['service', 'FORBIDDEN', '无权查看督评报告。Your role may not read the compliance report.'],
  ])('%s is refused', async (user, code, message) => {
    const response = await graphql(stack.hub, ComplianceReportDocument, { year: 2026 }, who[user])
    expect(response.data).toBeNull()
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code }, path: ['complianceReport'] })
  })

  it.each(['editor', 'admin'])('%s sees the district and all 18 streets', async (user) => {
    const response = await graphql(stack.hub, ComplianceReportDocument, { year: 2026 }, who[user])
    expect(response.data!.complianceReport.district?.scope).toBe('district')
    expect(response.data!.complianceReport.streets).toHaveLength(18)
  })

  it('a coordinator of 湖墅 sees only 湖墅, and not the district', async () => {
    const response = await graphql(stack.hub, ComplianceReportDocument, { year: 2026 }, who.hushuCoordinator)
    expect(response.data!.complianceReport.district).toBeNull()
    expect(response.data!.complianceReport.streets.map((section) => section.street?.name)).toEqual(['湖墅'])
  })
})

describe('figures on the seeded district', () => {
  it('flags the street schools under 500 m² and the streets funded under 4 CNY per resident', async () => {
    const report = (await graphql(stack.hub, ComplianceReportDocument, { year: 2026 }, who.editor)).data!
      .complianceReport
    const failing = (rule: string) =>
      report.streets
        .filter((section) => section.checks.some((check) => check.rule === rule && !check.pass))
        .map((section) => section.scope)
        .sort()
    expect(failing('STREET_SCHOOL_FLOOR_AREA')).toEqual(['changqing', 'tianshui', 'wulin'])
    expect(failing('FUNDING_PER_RESIDENT')).toEqual(['changqing', 'kangqiao', 'tianshui'])
    expect(failing('STREET_BRANCH_STAFF')).toHaveLength(5)
    const area = report.streets
      .find((section) => section.scope === 'wulin')!
      .checks.find((check) => check.rule === 'STREET_SCHOOL_FLOOR_AREA')!
    expect(area).toMatchObject({
      clause: '三（五）',
      figure: 499.5,
      threshold: 500,
      pass: false,
      records: [{ id: 'seed:branch-wulin', name: '武林街道社区学校', figure: 499.5, pass: false }],
    })
    expect(report.district!.checks.find((check) => check.rule === 'FUNDING_PER_RESIDENT')).toMatchObject({
      figure: 5.2,
      threshold: 4,
      pass: true,
    })
  })

  it('turns a street’s funding verdict when an editor records a larger budget', async () => {
    const before = (await graphql(stack.hub, ComplianceReportDocument, { year: 2026 }, who.editor)).data!
      .complianceReport
    const population = before.streets.find((section) => section.scope === 'kangqiao')!.population
    const set = await graphql(
      stack.hub,
      SET_BUDGET,
      { scope: 'kangqiao', year: 2026, amount: population * 4 },
      who.editor,
    )
    expect(set.errors).toBeUndefined()
    const after = (await graphql(stack.hub, ComplianceReportDocument, { year: 2026 }, who.editor)).data!
      .complianceReport
    expect(
      after.streets
        .find((section) => section.scope === 'kangqiao')!
        .checks.find((check) => check.rule === 'FUNDING_PER_RESIDENT'),
    ).toMatchObject({ figure: 4, pass: true })
  })

  it.each([
    ['coordinator', 'hushuCoordinator', 'FORBIDDEN', '无权登记经费。Your role may not record budgets.'],
    ['anonymous', 'anonymous', 'UNAUTHENTICATED', '请先登录。Sign in first.'],
  ])('a %s may not record a budget', async (_case, user, code, message) => {
    const response = await graphql(stack.hub, SET_BUDGET, { scope: 'hushu', year: 2026, amount: 1 }, who[user])
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code } })
  })

  it('refuses a budget for an unknown street or a negative amount', async () => {
    const unknown = await graphql(stack.hub, SET_BUDGET, { scope: 'xihu', year: 2026, amount: 100 }, who.editor)
    expect(unknown.errors?.[0]).toMatchObject({
      message: '未知范围“xihu”：须为 district 或街道编号。Unknown scope "xihu".',
      extensions: { code: 'BAD_USER_INPUT' },
    })
    const negative = await graphql(stack.hub, SET_BUDGET, { scope: 'hushu', year: 2026, amount: -1 }, who.editor)
    expect(negative.errors?.[0]).toMatchObject({
      message: '金额不能为负数。The amount must not be negative.',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
