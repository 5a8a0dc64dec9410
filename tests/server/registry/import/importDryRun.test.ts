/**
 * `--dry-run` lets the clerk check a file first: it reports what a real run
 * would create, update, leave unchanged and reject, line by line, and leaves
 * the database exactly as it was (no record, no push log entry, no index).
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { freshDatabase, type TestDatabase } from '../../../support/database.ts'
import { importFolder, runImport, summaryCounts, templateTable, toCsv } from '../../../support/importCli.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let folder: string

beforeAll(async () => {
  database = await freshDatabase('import_dry_run')
  await seedRegistry(database.db)
  folder = importFolder('import-dry-run')
})

afterAll(async () => {
  await database.dropAndClose()
  rmSync(folder, { recursive: true, force: true })
})

const run = (...args: string[]) => runImport(database.uri, ...args)

/** Everything a write could change: each collection's documents and indexes. */
async function databaseState() {
  const collections = (await database.db.listCollections().toArray()).map((collection) => collection.name).sort()
  const state: Record<string, { count: number; indexes: string[] }> = {}
  for (const name of collections) {
    const collection = database.db.collection(name)
    state[name] = {
      count: await collection.countDocuments(),
      indexes: (await collection.indexes()).map((index) => String(index.name)).sort(),
    }
  }
  return state
}

describe('--dry-run', () => {
  let file: string

  beforeAll(() => {
    // The template goes in for real first; the clerk's next file then has one
    // row unchanged, one changed (seats 36 -> 40), one new and one wrong.
    expect(run('seeds/templates/venues.csv', '--source', 'dry').status).toBe(0)
    const [headers, first, second] = templateTable('venues')
    const seats = headers!.indexOf('座位数')
    const street = headers!.indexOf('街道')
    const changed = second!.map((cell, index) => (index === seats ? '40' : cell))
    const added = changed.map((cell, index) => (index === 0 ? 'office-venue-003' : index === 1 ? '新场地' : cell))
    const wrong = changed.map((cell, index) => (index === 0 ? 'office-venue-004' : index === street ? '西湖' : cell))
    file = path.join(folder, 'venues-next.csv')
    writeFileSync(file, '\uFEFF' + toCsv([headers!, first!, changed, added, wrong]))
  })

  it('reports what a real run would do and leaves the database as it was', async () => {
    const before = await databaseState()
    const venues = database.db.collection(REGISTRY_COLLECTIONS.venues)
    const storedBefore = await venues.findOne({ _id: 'dry:office-venue-002' as never })

    const dry = run(file, '--source', 'dry', '--dry-run')
    expect(dry.status).toBe(1)
    expect(dry.stdout).toContain(
      '[import] 试运行，数据库未写入 dry run, nothing written — venues: 4 条 records — 新建 created 1, 更新 updated 1, 无变化 unchanged 1, 拒绝 rejected 1',
    )
    expect(dry.stdout).toContain(
      '第 5 行 line 5 [office-venue-004] 街道: 未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖".',
    )

    expect(await databaseState()).toEqual(before)
    expect(await venues.findOne({ _id: 'dry:office-venue-002' as never })).toEqual(storedBefore)
    expect(await venues.findOne({ _id: 'dry:office-venue-003' as never })).toBeNull()

    const real = run(file, '--source', 'dry')
    expect(real.status).toBe(1)
    expect(summaryCounts(real.stdout)).toBe(summaryCounts(dry.stdout))
    expect(real.stdout).not.toContain('试运行')
    expect(real.stdout.split('\n').filter((line) => line.startsWith('第 '))).toEqual(
      dry.stdout.split('\n').filter((line) => line.startsWith('第 ')),
    )
    expect(await venues.findOne({ _id: 'dry:office-venue-002' as never })).toMatchObject({ capacity: 40 })
    expect(await venues.findOne({ _id: 'dry:office-venue-003' as never })).toMatchObject({ name: '新场地' })
  })

  it('touches nothing even on a database the registry has never been written to', async () => {
    const empty = await freshDatabase('import_dry_run_empty')
    try {
      const result = runImport(empty.uri, 'seeds/templates/teachers.csv', '--dry-run')
      // The seed institutions the teachers name are not there: every line is refused, and still nothing is written.
      expect(result.stdout).toContain('试运行')
      expect(result.stdout).toContain('拒绝 rejected 3')
      expect(await empty.db.listCollections().toArray()).toEqual([])
    } finally {
      await empty.dropAndClose()
    }
  })
})
