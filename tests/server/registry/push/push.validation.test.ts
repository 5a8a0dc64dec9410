/**
 * Bad records get a precise problem (field path and reason) and are the only
 * ones refused: each row pushes one bad record between two good ones.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  PushInstitutionsDocument,
  PushTeachersDocument,
  PushVenuesDocument,
  type InstitutionInput,
  type TeacherInput,
  type VenueInput,
} from '../../../../schema/generated/graphql.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { graphql } from '../../../support/hub.ts'
import {
  institutionRecord as institution,
  teacherRecord as teacher,
  venueRecord as venue,
} from '../../../support/registryRecords.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { signIn, type Credentials } from '../../../support/users.ts'

let stack: TestStack
let editor: Credentials
let run = 0

beforeAll(async () => {
  stack = await startStack('push_validation')
  await seedRegistry(stack.database.db)
  editor = await signIn(stack.cms, 'editor')
})

afterAll(async () => {
  await stack.stop()
})

type Row = [string, 'venues' | 'teachers' | 'institutions', Record<string, unknown>, string, string]

const ROWS: Row[] = [
  [
    'unknown street',
    'venues',
    { street: '西湖' },
    'street',
    '未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖".',
  ],
  [
    'negative capacity',
    'venues',
    { capacity: -5 },
    'capacity',
    '座位数不能为负数（收到 -5）。Capacity must not be negative (got -5).',
  ],
  [
    'area in hectares, not m²',
    'venues',
    { floorAreaM2: 0.12 },
    'floorAreaM2',
    '面积 0.12 不在 5–20000 平方米之间，是否用了其他单位（亩、公顷、平方英尺）？Area 0.12 is outside 5–20000 m²: was it given in another unit?',
  ],
  [
    'negative area',
    'venues',
    { floorAreaM2: -80 },
    'floorAreaM2',
    '面积不能为负数（收到 -80）。Area must not be negative (got -80).',
  ],
  [
    'unknown owner',
    'venues',
    { owner: 'seed:nowhere' },
    'owner',
    '登记中没有机构“seed:nowhere”。No institution "seed:nowhere" in the registry.',
  ],
  [
    'community of another street',
    'venues',
    { community: '大兜路社区', street: '米市巷' },
    'community',
    '街道“米市巷”下没有社区“大兜路社区”。No community "大兜路社区" in that street.',
  ],
  [
    'closing before opening',
    'venues',
    { openingHours: [{ weekday: 'TUESDAY', opens: '21:00', closes: '08:00' }] },
    'openingHours.0.closes',
    '关门时间 08:00 须晚于开门时间 21:00。Closing time must be after opening time.',
  ],
  [
    'time not HH:MM',
    'venues',
    { openingHours: [{ weekday: 'TUESDAY', opens: '8点', closes: '21:00' }] },
    'openingHours.0.opens',
    '时间格式须为 HH:MM（24 小时制）。Time must be HH:MM, 24-hour.',
  ],
  [
    'only a latitude',
    'venues',
    { latitude: 30.3 },
    'latitude',
    '经纬度须同时填写或同时留空。Give both latitude and longitude, or neither.',
  ],
  [
    'bad external id',
    'venues',
    { externalId: 'has space' },
    'externalId',
    '编号须为 1–64 个字母、数字或 _ . -。externalId must be 1–64 letters, digits, _ . or -.',
  ],
  ['no topic', 'teachers', { topics: [] }, 'topics', '至少选择 1 项。Pick at least 1.'],
  [
    'street pool without street',
    'teachers',
    { street: null },
    'street',
    '街道级、社区级师资须填写街道。A street or community pool teacher needs a street.',
  ],
  ['bad email', 'teachers', { email: 'not-an-email' }, 'email', '邮箱格式不正确。Not an email address.'],
  ['empty name', 'teachers', { name: '  ' }, 'name', '不能为空。Required.'],
  [
    'school without community',
    'institutions',
    { community: null },
    'community',
    '社区级机构须填写社区。A community institution needs a community.',
  ],
  [
    'kind at the wrong level',
    'institutions',
    { level: 'STREET' },
    'level',
    '社区市民学校应为社区级。A Community citizen school belongs at level COMMUNITY.',
  ],
  [
    'its own parent',
    'institutions',
    { parent: 'self' },
    'parent',
    '上级机构不能是自己。An institution cannot be its own parent.',
  ],
  [
    'negative staff',
    'institutions',
    { fullTimeStaff: -2 },
    'fullTimeStaff',
    '不能为负数（收到 -2）。Must not be negative (got -2).',
  ],
]

async function push(kind: Row[1], records: Record<string, unknown>[]) {
  const source = `validation-${++run}`
  if (kind === 'venues')
    return (await graphql(stack.hub, PushVenuesDocument, { source, records: records as VenueInput[] }, editor)).data!
      .pushVenues
  if (kind === 'teachers')
    return (await graphql(stack.hub, PushTeachersDocument, { source, records: records as TeacherInput[] }, editor))
      .data!.pushTeachers
  return (
    await graphql(stack.hub, PushInstitutionsDocument, { source, records: records as InstitutionInput[] }, editor)
  ).data!.pushInstitutions
}

const build = { venues: venue, teachers: teacher, institutions: institution } as const

describe('each bad record is refused with its field and reason, the good ones around it are written', () => {
  it.each(ROWS)('%s', async (_case, kind, changes, field, reason) => {
    const bad: Record<string, unknown> = { ...build[kind]('bad'), ...changes }
    if (changes.parent === 'self') bad.parent = bad.externalId
    const report = await push(kind, [build[kind]('good-1'), bad, build[kind]('good-2')])
    expect(report.records.map((record) => record.status)).toEqual(['CREATED', 'REJECTED', 'CREATED'])
    expect(report.records[1]!.problems).toContainEqual({ path: `records.1.${field}`, reason })
  })
})

describe('batch-wide checks', () => {
  it('refuses every copy of an external id repeated within the batch', async () => {
    const report = await push('venues', [venue('twice'), venue('once'), venue('twice', { capacity: 30 })])
    expect(report.records.map((record) => record.status)).toEqual(['REJECTED', 'CREATED', 'REJECTED'])
    expect(report.records[0]!.problems[0]).toEqual({
      path: 'records.0.externalId',
      reason:
        '编号“twice”在本批中出现 2 次（第 0、2 条）。externalId "twice" appears 2 times in this batch (records 0, 2).',
    })
  })

  it('refuses a parent that would make a cycle in the network tree', async () => {
    const source = `cycle-${++run}`
    const first = await graphql(
      stack.hub,
      PushInstitutionsDocument,
      {
        source,
        records: [
          { externalId: 'a', name: '甲', kind: 'OTHER', level: 'PARTNER' },
          { externalId: 'b', name: '乙', kind: 'OTHER', level: 'PARTNER', parent: 'a' },
        ],
      },
      editor,
    )
    expect(first.data!.pushInstitutions.created).toBe(2)
    const cycle = await graphql(
      stack.hub,
      PushInstitutionsDocument,
      { source, records: [{ externalId: 'a', name: '甲', kind: 'OTHER', level: 'PARTNER', parent: 'b' }] },
      editor,
    )
    expect(cycle.data!.pushInstitutions.records[0]).toMatchObject({
      status: 'REJECTED',
      problems: [
        {
          path: 'records.0.parent',
          reason: `上级机构会形成循环：${source}:a → ${source}:b → ${source}:a。The parent would make a cycle: ${source}:a -> ${source}:b -> ${source}:a.`,
        },
      ],
    })
  })

  it('refuses a source id that is not a plain identifier', async () => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'bad source!', records: [venue('x')] },
      editor,
    )
    expect(response.errors?.[0]).toMatchObject({
      message: '来源系统编号须为 1–64 个字母、数字或 _ . -。Source must be 1–64 letters, digits, _ . or -.',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
