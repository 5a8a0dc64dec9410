/**
 * What the clerk reads back must point at the right place in their file:
 * the line number the editor shows (after blank lines, blank Excel rows and
 * cells that span lines), the row said once with every problem named by the
 * file's own header, a row whose cells do not line up with the headers
 * refused as such, and a command asked for the impossible answered in one
 * sentence with exit code 2.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { freshDatabase, type TestDatabase } from '../../../support/database.ts'
import { importFolder, runImport, templateTable } from '../../../support/importCli.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let folder: string

beforeAll(async () => {
  database = await freshDatabase('import_lines')
  await seedRegistry(database.db)
  folder = importFolder('import-lines')
})

afterAll(async () => {
  await database.dropAndClose()
  rmSync(folder, { recursive: true, force: true })
})

const run = (...args: string[]) => runImport(database.uri, ...args)
const [HEADERS] = templateTable('venues')
const venue = (id: string, changes: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    编号: id,
    场地名称: `场地 ${id}`,
    管理机构: 'seed:branch-hushu',
    街道: '湖墅',
    社区: '',
    地址: '湖墅南路 1 号',
    纬度: '',
    经度: '',
    '面积(平方米)': '120',
    座位数: '50',
    设施: '投影仪',
    开放时间: '周一至周五 08:30-21:00',
    公益免费: '是',
    电子档案: '',
    状态: '开放',
    ...changes,
  }
  return HEADERS!.map((header) => cells[header]!).join(',')
}

/** The file, line by line as an editor numbers it. */
function fileText(lineEnd: string): string {
  return [
    HEADERS!.join(','), // 1
    venue('l-ok'), // 2
    '', // 3 blank
    venue('l-bad', { 街道: '西湖', 座位数: '-10' }), // 4
    venue('l-multiline', { 场地名称: '"多行, 场地"', 地址: `"湖墅南路 2 号${lineEnd}三楼东侧"` }), // 5 and 6: a quoted cell spans them
    '', // 7 blank
    HEADERS!.map(() => '').join(','), // 8 a blank Excel row: ",,,,"
    venue('l-capacity', { 座位数: '-10' }), // 9
    venue('l-many', { 地址: '湖墅南路 3 号,二楼' }) + ',', // 10: a stray comma makes one cell too many (and an empty one after)
    venue('l-few').split(',').slice(0, 13).join(','), // 11: two cells short
    venue('l-noname', { 场地名称: '' }), // 12
    venue('l-both', { 设施: '桑拿', 街道: '西湖' }), // 13: a cell that cannot be read and a street that does not exist
  ].join(lineEnd)
}

describe.each([
  ['CRLF (as Excel writes)', '\r\n'],
  ['LF', '\n'],
])('line numbers in a file with %s line ends', (_, lineEnd) => {
  let stdout: string
  let status: number | null

  beforeAll(() => {
    const file = path.join(folder, `venues-lines-${lineEnd.length}.csv`)
    writeFileSync(file, '\uFEFF' + fileText(lineEnd) + lineEnd)
    ;({ stdout, status } = run(file, '--source', `lines${lineEnd.length}`))
  })

  const reported = () => stdout.split('\n').filter((line) => line.startsWith('第 '))

  it('reports each rejected row once, at the line the file has it on, with all its problems under the file’s headers', () => {
    expect(status).toBe(1)
    expect(reported().map((line) => /^第 (\d+) 行 line \1 \[([\w-]+)\]/.exec(line)?.slice(1))).toEqual([
      ['4', 'l-bad'],
      ['9', 'l-capacity'],
      ['10', 'l-many'],
      ['11', 'l-few'],
      ['12', 'l-noname'],
      ['13', 'l-both'],
    ])
    expect(reported()).toContain(
      '第 9 行 line 9 [l-capacity] 座位数: 座位数不能为负数（收到 -10）。Capacity must not be negative (got -10).',
    )
    expect(reported()).toContain('第 12 行 line 12 [l-noname] 场地名称: 不能为空。Required.')
    expect(reported()).toContain(
      '第 4 行 line 4 [l-bad] 街道: 未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖". | 座位数: 座位数不能为负数（收到 -10）。Capacity must not be negative (got -10).',
    )
    expect(reported().find((line) => line.startsWith('第 13 行'))).toMatch(
      /^第 13 行 line 13 \[l-both\] 设施: 未知取值“桑拿”，[^|]+ \| 街道: 未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖".$/,
    )
    // Every column is named by the file's header, never by a field name, and the line is said once.
    for (const line of reported()) {
      const named = [...line.matchAll(/(?:\] | \| )([^:|\]\s]+): /g)].map((match) => match[1])
      for (const header of named) expect(HEADERS).toContain(header)
      expect(line.match(/line \d+/g)).toHaveLength(1)
    }
  })

  it('refuses a row with too many cells or too few, naming the headers, instead of reading it shifted', () => {
    expect(reported()).toContain(
      '第 10 行 line 10 [l-many] 这一行有 16 格，表头只有 15 列，“状态”之后多出 “开放”。This line has 16 cells under 15 headers: "开放" after 状态.',
    )
    expect(reported()).toContain(
      '第 11 行 line 11 [l-few] 这一行只有 13 格，表头有 15 列，“电子档案”、“状态”下没有格。This line has 13 cells under 15 headers: none under 电子档案, 状态.',
    )
  })

  it('writes the good rows, a cell that spans lines included, and counts no blank row', async () => {
    expect(stdout).toContain('条 records — 新建 created 2, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 6')
    expect(stdout).toMatch(/venues: 8 条 records/)
    const source = `lines${lineEnd.length}`
    const stored = await database.db
      .collection(REGISTRY_COLLECTIONS.venues)
      .find({ source })
      .sort({ externalId: 1 })
      .toArray()
    expect(stored.map((doc) => doc.externalId)).toEqual(['l-multiline', 'l-ok'])
    expect(stored[0]).toMatchObject({ name: '多行, 场地', address: `湖墅南路 2 号${lineEnd}三楼东侧` })
  })
})

describe('a command that cannot run', () => {
  it('answers a missing file with one sentence and exit code 2', () => {
    const result = run('no/such/venues.csv')
    expect(result.status).toBe(2)
    expect(result.stderr.trim()).toBe('[import] 找不到文件 no/such/venues.csv。No such file: no/such/venues.csv.')
    expect(result.stdout).toBe('')
  })

  it('answers a folder with one sentence and exit code 2', () => {
    const directory = path.join(folder, 'a-folder.csv')
    mkdirSync(directory, { recursive: true })
    const result = run(directory)
    expect(result.status).toBe(2)
    expect(result.stderr.trim()).toBe(
      `[import] ${directory} 是文件夹，请给出文件。${directory} is a folder; give a file.`,
    )
  })

  it('answers a database it cannot reach with one sentence', () => {
    const result = runImport('mongodb://127.0.0.1:1/nowhere', 'seeds/templates/venues.csv')
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(
      '[import] 连不上数据库（MONGODB_URI 所指或本机的），未导入任何记录。Cannot reach the database (MONGODB_URI or the local one); nothing was imported.',
    )
  })

  it.each([
    ['no file', []],
    ['an option it does not know', ['seeds/templates/venues.csv', '--dryrun']],
    ['a kind it does not know', ['seeds/templates/venues.csv', '--kind', 'courses']],
  ])('answers %s with the usage and exit code 2', (_, args) => {
    const result = run(...args)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('用法 usage: npm run registry:import -- <file.csv|file.xlsx|file.json>')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
