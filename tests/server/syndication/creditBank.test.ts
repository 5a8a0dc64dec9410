/**
 * The credit-bank export, as an editor asks the graph for it and as the
 * office runs `npm run export:credit-bank` (the real command, against the
 * suite's database): the published courses with credit hours, provider and
 * teachers, the scheduled sessions of the period with times, series and venue;
 * nothing withdrawn or cancelled; CSV and JSON in the documented layout, the
 * progress and summary lines; and who may not export (partners, coordinators,
 * anonymous).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { DateTime } from 'luxon'
import { CreditBankExportDocument, type CreditBankExportQuery } from '../../../schema/generated/graphql.ts'
import { projectRoot } from '../../../server/config/env.ts'
import { CREDIT_BANK_COLUMNS, CREDIT_BANK_FORMAT } from '../../../server/syndication/creditBank/creditBankFiles.ts'
import { publishWorld, type CatalogueWorld } from '../../support/catalogueWorld.ts'
import { graphql } from '../../support/hub.ts'
import { importFolder } from '../../support/importCli.ts'
import { startStack, type TestStack } from '../../support/stack.ts'
import { signIn, signInCoordinator, signInPartner } from '../../support/users.ts'

let stack: TestStack
let world: CatalogueWorld
let editor: string
/** The period as days in Shanghai: from a week ago to ten days on (the world's sessions lie in -10..40 days). */
let days: { from: string; to: string }
let period: { from: string; to: string }

beforeAll(async () => {
  stack = await startStack('credit_bank')
  world = await publishWorld(stack.database.db)
  editor = (await signIn(stack.cms, 'editor')).token!
  const today = DateTime.fromJSDate(world.now, { zone: 'Asia/Shanghai' }).startOf('day')
  days = { from: today.minus({ days: 7 }).toISODate()!, to: today.plus({ days: 10 }).toISODate()! }
  period = {
    from: today.minus({ days: 7 }).toJSDate().toISOString(),
    to: today.plus({ days: 11 }).toJSDate().toISOString(),
  }
})

afterAll(async () => {
  await stack.stop()
})

type Exported = CreditBankExportQuery['creditBankExport']

async function asEditor(): Promise<Exported> {
  const response = await graphql(stack.hub, CreditBankExportDocument, period, { token: editor })
  expect(response.errors).toBeUndefined()
  return response.data!.creditBankExport
}

function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['server/cli/run.mjs', 'server/cli/exportCreditBank.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, MONGODB_URI: stack.database.uri },
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('creditBankExport in the graph', () => {
  it('lists the published courses with credit hours, provider and teachers, then the scheduled sessions of the period', async () => {
    const exported = await asEditor()
    expect(exported.records.map((record) => `${record.recordType} ${record.id}`)).toEqual([
      'COURSE phone',
      'COURSE canal',
      'SESSION citizen:past',
      'SESSION elderly:one',
      'SESSION citizen:soon',
      'SESSION edited:kept',
      'SESSION elderly:two',
      'SESSION citizen:later',
    ])
    expect(exported.records[0]).toMatchObject({
      title: '手机挂号不求人',
      creditHours: 6,
      providerId: 'seed:branch-hushu',
      teacherIds: [world.teachers.t1, world.teachers.t2],
      startsAt: null,
    })
    expect(exported.records[0]!.providerName).toBeTruthy()
    expect(exported.records[0]!.teacherNames).toHaveLength(2)
    const soon = exported.records.find((record) => record.id === 'citizen:soon')!
    expect(soon).toMatchObject({
      seriesId: 'citizen',
      seriesTitle: '运河文化十讲',
      venueId: world.venues.hushuA,
      durationMinutes: 120,
      creditHours: null,
    })
    expect(soon.venueAddress).toContain('杭州市')
    expect(exported.summary).toEqual({ courses: 2, sessions: 6, creditHours: 18, sessionHours: 12 })
  })

  it.each([
    ['a partner', () => signInPartner(stack.cms, 'seed:branch-hushu'), 'FORBIDDEN'],
    ['a street coordinator', () => signInCoordinator(stack.cms, 'hushu'), 'FORBIDDEN'],
    ['anonymous', async () => ({ token: undefined }), 'UNAUTHENTICATED'],
  ])('refuses %s', async (_who, credentials, code) => {
    const { token } = await credentials()
    const response = await graphql(stack.hub, CreditBankExportDocument, period, { token })
    expect(response.data).toBeNull()
    expect(response.errors![0]!.extensions!.code).toBe(code)
  })

  it('refuses a period that ends before it starts or is longer than a year, naming the argument', async () => {
    const backwards = await graphql(
      stack.hub,
      CreditBankExportDocument,
      { from: period.to, to: period.from },
      { token: editor },
    )
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'to' }] })
    const long = await graphql(
      stack.hub,
      CreditBankExportDocument,
      { from: '2025-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z' },
      { token: editor },
    )
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'to' }] })
  })
})

describe('npm run export:credit-bank', () => {
  it('writes the documented CSV, the same records as the graph, with progress and a summary line', async () => {
    const out = path.join(importFolder('credit-bank'), 'export.csv')
    const run = exportCli('--from', days.from, '--to', days.to, '--out', out)
    expect(run.stderr).toContain('[export] 8/8 条')
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(
      new RegExp(
        `\\[export\\] ${days.from} – ${days.to}: 课程 courses 2（学时 credit hours 18），场次 sessions 6（12 小时 hours）→ ${out}`,
      ),
    )
    const text = readFileSync(out, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = parse(text, { bom: true }) as string[][]
    expect(rows[0]).toEqual([...CREDIT_BANK_COLUMNS])
    const records = (await asEditor()).records
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[3]])).toEqual(
      records.map((record) => [
        record.recordType,
        record.id,
        record.title,
        record.creditHours === null ? '' : String(record.creditHours),
      ]),
    )
    const soon = rows.find((row) => row[1] === 'citizen:soon')!
    const column = (name: string) => CREDIT_BANK_COLUMNS.indexOf(name as never)
    expect(soon[column('startsAt')]).toMatch(/\+08:00$/)
    expect(Date.parse(soon[column('startsAt')]!)).toBe(
      Date.parse(records.find((record) => record.id === 'citizen:soon')!.startsAt!),
    )
    expect(soon[column('teacherIds')]).toBe(`${world.teachers.t1};${world.teachers.t2}`)
  })

  it('writes the JSON layout to stdout when asked', () => {
    const run = exportCli('--from', days.from, '--to', days.to, '--format', 'json', '--out', '-')
    expect(run.status).toBe(0)
    const document = JSON.parse(run.stdout) as {
      format: string
      from: string
      summary: unknown
      records: { id: string; startsAt: string | null }[]
    }
    expect(document.format).toBe(CREDIT_BANK_FORMAT)
    expect(document.from).toBe(`${days.from}T00:00:00+08:00`)
    expect(document.summary).toEqual({ courses: 2, sessions: 6, creditHours: 18, sessionHours: 12 })
    expect(document.records.map((record) => record.id)).toContain('elderly:two')
    expect(run.stderr).toContain('→ stdout')
  })

  it.each([
    [['--from', '2026-01-01'], 'YYYY-MM-DD'],
    [['--from', '2026-13-01', '--to', '2026-12-31'], 'YYYY-MM-DD'],
    [['--from', '2026-01-01', '--to', '2027-06-30'], '366'],
    [['--from', '2026-01-01', '--to', '2026-12-31', '--format', 'xml'], 'csv or json'],
    [['--from', '2026-01-01', '--to', '2026-12-31', '--bogus'], 'bogus'],
  ])('exits 2 with the reason for %j, writing nothing', (args, reason) => {
    const run = exportCli(...args)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(reason)
    expect(run.stdout).toBe('')
  })
})
