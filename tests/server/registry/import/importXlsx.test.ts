/**
 * A clerk may hand in the workbook itself: the first sheet of an .xlsx, its
 * first row the headers, imports the same records as the same sheet saved
 * as CSV. Cells read as the clerk typed them: numbers without float noise,
 * dates as dates, formulas by their result. Rows are numbered as Excel
 * numbers them, and the rejected rows come back as a CSV beside it.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { projectRoot } from '../../../../server/config/env.ts'
import { readXlsxTable } from '../../../../server/registry/import/readXlsxTable.ts'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { freshDatabase, type TestDatabase } from '../../../support/database.ts'
import { importFolder, runImport, templateTable } from '../../../support/importCli.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let folder: string

beforeAll(async () => {
  database = await freshDatabase('import_xlsx')
  await seedRegistry(database.db)
  folder = importFolder('import-xlsx')
})

afterAll(async () => {
  await database.dropAndClose()
  rmSync(folder, { recursive: true, force: true })
})

const run = (...args: string[]) => runImport(database.uri, ...args)
const NUMBER_COLUMNS = new Set([
  '纬度',
  '经度',
  '面积(平方米)',
  '座位数',
  '办学面积(平方米)',
  '专职人员数',
  '兼职人员数',
  '电话',
])

/** A workbook as a clerk types it: numbers as numbers, the rest as text; a second sheet that must be ignored. */
async function writeWorkbook(file: string, table: (string | null)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('登记表')
  const [headers] = table
  for (const row of table) {
    if (row.every((cell) => cell === null)) {
      sheet.addRow([])
      continue
    }
    sheet.addRow(
      row.map((cell, index) =>
        cell !== null && cell !== '' && NUMBER_COLUMNS.has(headers![index]!) && row !== headers && /^[\d.]+$/.test(cell)
          ? Number(cell)
          : cell,
      ),
    )
  }
  workbook.addWorksheet('说明').addRow(['编号', '姓名'])
  await workbook.xlsx.writeFile(file)
}

/** A stored record without what says where and when it came from. */
async function storedContent(collection: string, source: string) {
  const documents = await database.db.collection(collection).find({ source }).sort({ externalId: 1 }).toArray()
  return documents.map(({ _id, source: _source, pushedBy, pushedAt, pushId, createdAt, ...rest }) => rest)
}

describe('an .xlsx workbook', () => {
  it.each([
    ['venues', REGISTRY_COLLECTIONS.venues, 2],
    ['institutions', REGISTRY_COLLECTIONS.institutions, 3],
  ] as const)('of %s imports the same records as the CSV template', async (kind, collection, rows) => {
    const file = path.join(folder, `${kind}.xlsx`)
    await writeWorkbook(file, templateTable(kind))
    const fromXlsx = run(file, '--source', `xlsx-${kind}`)
    expect(fromXlsx.stderr).not.toContain('UTF-8')
    expect(fromXlsx.status).toBe(0)
    expect(fromXlsx.stdout).toContain(
      `[import] ${kind}: ${rows} 条 records — 新建 created ${rows}, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 0`,
    )
    expect(run(`seeds/templates/${kind}.csv`, '--source', `csv-${kind}`).status).toBe(0)

    const imported = await storedContent(collection, `xlsx-${kind}`)
    expect(imported).toHaveLength(rows)
    expect(imported).toEqual(await storedContent(collection, `csv-${kind}`))
  })

  it('numbers rejected rows as Excel does and writes them to a CSV beside the workbook', async () => {
    const [headers, good] = templateTable('venues')
    const street = headers!.indexOf('街道')
    const wrong = good!.map((cell, index) => (index === 0 ? 'x-wrong' : index === street ? '西湖' : cell))
    const file = path.join(folder, 'venues-rows.xlsx')
    // Row 3 is left empty in the sheet; the wrong row is row 4.
    await writeWorkbook(file, [headers!, good!, headers!.map(() => null), wrong])

    const result = run(file, '--source', 'xlsx-rows')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      '第 4 行 line 4 [x-wrong] 街道: 未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖".',
    )
    expect(result.stdout).toContain('新建 created 1, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 1')
    const rejected = path.join(folder, 'venues-rows.rejected.csv')
    expect(result.stdout).toContain(rejected)
    const table: string[][] = parse(readFileSync(rejected), { bom: true })
    expect(table).toEqual([
      ['错误原因/reason', ...headers!],
      ['街道: 未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖".', ...wrong],
    ])
  })
})

describe('cells as the clerk typed them', () => {
  it('reads numbers, dates, times, percentages, formulas, rich text and links as Excel shows them', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.addRow(['纬度', '座位数', '电话', '开放日期', '开门', '占比', '合计', '名称', '网址', '合作机构', '备注'])
    sheet.addRow([
      30.2921,
      80,
      13900001111,
      new Date(Date.UTC(2024, 2, 5)),
      new Date(Date.UTC(1899, 11, 30, 8, 30)),
      0.25,
      { formula: 'B2*2', result: 160 },
      { richText: [{ text: '卖鱼桥' }, { font: { bold: true }, text: '文化家园' }] },
      { text: '平面图', hyperlink: 'https://files.example.org/plan.pdf' },
      true,
      0.1 + 0.2,
    ])
    sheet.getCell('D2').numFmt = 'yyyy/m/d'
    sheet.getCell('E2').numFmt = 'hh:mm'
    sheet.getCell('F2').numFmt = '0%'
    const file = path.join(folder, 'cells.xlsx')
    await workbook.xlsx.writeFile(file)

    const table = await readXlsxTable(readFileSync(file), 'cells.xlsx')
    expect(table.rows[1]).toEqual({
      line: 2,
      cells: [
        '30.2921',
        '80',
        '13900001111',
        '2024-03-05',
        '08:30',
        '25%',
        '160',
        '卖鱼桥文化家园',
        '平面图',
        'TRUE',
        '0.3',
      ],
    })
  })

  it('refuses a file that is not a workbook in one sentence', () => {
    const file = path.join(folder, 'renamed.xlsx')
    copyFileSync(path.join(projectRoot, 'seeds/templates/venues.csv'), file)
    const result = run(file)
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(
      '[import] renamed.xlsx 不是有效的 .xlsx 文件，请在 Excel 中重新另存为 .xlsx 或 CSV。Not a readable .xlsx file; save it again from Excel as .xlsx or CSV.',
    )
  })
})
