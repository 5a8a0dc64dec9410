/**
 * The rejected lines come back to the clerk as a file beside theirs
 * (venues.csv -> venues.rejected.csv): UTF-8 with a byte-order mark so
 * Excel opens it ungarbled, a 错误原因/reason column in front of their own
 * headers, only the rejected rows with their cells as they were. Fixed in
 * place, that file imports cleanly.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { freshDatabase, type TestDatabase } from '../../../support/database.ts'
import { importFolder, runImport, templateTable, toCsv } from '../../../support/importCli.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let folder: string

beforeAll(async () => {
  database = await freshDatabase('import_rejected')
  await seedRegistry(database.db)
  folder = importFolder('import-rejected')
})

afterAll(async () => {
  await database.dropAndClose()
  rmSync(folder, { recursive: true, force: true })
})

const run = (...args: string[]) => runImport(database.uri, ...args)
const [HEADERS, TEMPLATE_ROW] = templateTable('venues')
const column = (header: string) => HEADERS!.indexOf(header)
const row = (id: string, changes: Record<string, string> = {}) =>
  TEMPLATE_ROW!.map((cell, index) => (index === 0 ? id : (changes[HEADERS![index]!] ?? cell)))

describe('the rejected-lines file', () => {
  const input = () => path.join(folder, 'clerk-venues.csv')
  const rejectedFile = () => path.join(folder, 'clerk-venues.rejected.csv')
  const wrongStreet = row('r-street', { 街道: '西湖' })
  const wrongFacility = row('r-facility', { 设施: '投影仪、桑拿' })
  // An unquoted comma in the address: one cell too many, everything after it shifted.
  const tooMany = row('r-many', { 地址: '湖墅南路 9 号' }).toSpliced(column('地址') + 1, 0, '二楼')
  let first: ReturnType<typeof run>

  beforeAll(() => {
    const rows = [HEADERS!, row('r-ok-1'), wrongStreet, row('r-ok-2'), wrongFacility, tooMany]
    writeFileSync(input(), '\uFEFF' + toCsv(rows))
    first = run(input(), '--source', 'clerk')
  })

  it('is written beside the input and named in the summary', () => {
    expect(first.status).toBe(1)
    expect(first.stdout).toContain('新建 created 2, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 3')
    expect(first.stdout).toContain(
      `[import] 被拒绝的 3 行已写入 ${rejectedFile()}，改正后可直接导入该文件。The 3 rejected lines are in ${rejectedFile()}; fix them there and import that file.`,
    )
  })

  it('holds exactly the rejected rows, as they were, each with the reason the screen showed', () => {
    const bytes = readFileSync(rejectedFile())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const table: string[][] = parse(bytes, { bom: true, relax_column_count: true })
    expect(table[0]).toEqual(['错误原因/reason', ...HEADERS!])
    expect(table.slice(1).map((cells) => cells.slice(1))).toEqual([wrongStreet, wrongFacility, tooMany])

    const reasons = table.slice(1).map((cells) => cells[0])
    expect(reasons[0]).toBe('街道: 未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖".')
    expect(reasons[1]).toMatch(/^设施: 未知取值“桑拿”/)
    expect(reasons[2]).toMatch(/^这一行有 16 格，表头只有 15 列/)
    // The screen says the same, line by line of the input.
    expect(first.stdout).toContain(`第 3 行 line 3 [r-street] ${reasons[0]}`)
    expect(first.stdout).toContain(`第 5 行 line 5 [r-facility] ${reasons[1]}`)
    expect(first.stdout).toContain(`第 6 行 line 6 [r-many] ${reasons[2]}`)
  })

  it('reports the same rows again, at their lines in it, if imported unfixed, and keeps one reason column', () => {
    const again = run(rejectedFile(), '--source', 'clerk')
    expect(again.status).toBe(1)
    expect(
      again.stdout
        .split('\n')
        .filter((line) => line.startsWith('第 '))
        .map((line) => line.split(' [')[0]),
    ).toEqual(['第 2 行 line 2', '第 3 行 line 3', '第 4 行 line 4'])
    const table: string[][] = parse(readFileSync(path.join(folder, 'clerk-venues.rejected.rejected.csv')), {
      bom: true,
      relax_column_count: true,
    })
    expect(table[0]).toEqual(['错误原因/reason', ...HEADERS!])
  })

  it('imports cleanly once the clerk has fixed the rows in it', async () => {
    const table: string[][] = parse(readFileSync(rejectedFile()), { bom: true, relax_column_count: true })
    const fixed = table.map((cells, index) => {
      if (index === 0) return cells
      const own = cells.slice(1)
      if (own[0] === 'r-street') own[column('街道')] = '湖墅'
      if (own[0] === 'r-facility') own[column('设施')] = '投影仪'
      if (own[0] === 'r-many') own.splice(column('地址'), 2, '湖墅南路 9 号二楼')
      return [cells[0]!, ...own] // the old reason stays; the import skips that column
    })
    rmSync(path.join(folder, 'clerk-venues.rejected.rejected.csv'))
    writeFileSync(rejectedFile(), '\uFEFF' + toCsv(fixed))

    const result = run(rejectedFile(), '--source', 'clerk')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '[import] venues: 3 条 records — 新建 created 3, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 0',
    )
    expect(result.stdout).not.toContain('rejected.csv')
    expect(existsSync(path.join(folder, 'clerk-venues.rejected.rejected.csv'))).toBe(false)
    const stored = await database.db
      .collection(REGISTRY_COLLECTIONS.venues)
      .find({ source: 'clerk' })
      .sort({ externalId: 1 })
      .toArray()
    expect(stored.map((doc) => doc.externalId)).toEqual(['r-facility', 'r-many', 'r-ok-1', 'r-ok-2', 'r-street'])
    expect(stored.find((doc) => doc.externalId === 'r-many')).toMatchObject({
      address: '湖墅南路 9 号二楼',
      status: 'ACTIVE',
    })
  })
})
