/**
 * `npm run registry:import` as the office runs it: the shipped CSV templates
 * import cleanly (and a second time change nothing); a broken file reports
 * every bad line, writes the good ones, and exits 1.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { projectRoot } from '../../../../server/config/env.ts'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { freshDatabase, type TestDatabase } from '../../../support/database.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let folder: string

beforeAll(async () => {
  database = await freshDatabase('import')
  await seedRegistry(database.db)
  folder = mkdtempSync(path.join(os.tmpdir(), 'canal-hub-import-'))
})

afterAll(async () => {
  await database.dropAndClose()
  rmSync(folder, { recursive: true, force: true })
})

function runImport(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['server/cli/run.mjs', 'server/cli/registryImport.ts', file, ...args], {
    cwd: projectRoot,
    env: { ...process.env, MONGODB_URI: database.uri },
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the shipped templates', () => {
  it.each([
    ['institutions', 3],
    ['teachers', 3],
    ['venues', 2],
  ])('seeds/templates/%s.csv imports cleanly', async (kind, rows) => {
    const first = runImport(`seeds/templates/${kind}.csv`)
    expect(first.stderr).not.toMatch(/Error/)
    expect(first.status).toBe(0)
    expect(first.stdout).toContain(
      `[import] ${kind}: ${rows} 条 records — 新建 created ${rows}, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 0`,
    )

    const again = runImport(`seeds/templates/${kind}.csv`)
    expect(again.status).toBe(0)
    expect(again.stdout).toContain(`新建 created 0, 更新 updated 0, 无变化 unchanged ${rows}, 拒绝 rejected 0`)
  })

  it('reads Chinese terms into the registry’s values', async () => {
    const venue = await database.db
      .collection(REGISTRY_COLLECTIONS.venues)
      .findOne({ _id: 'office:office-venue-001' as never })
    expect(venue).toMatchObject({
      streetId: 'hushu',
      communityId: 'hushu-maiyuqiao',
      facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'STEP_FREE_ACCESS'],
      floorAreaM2: 180,
      freeForPublicBenefit: true,
      status: 'ACTIVE',
    })
    expect(venue?.openingHours).toHaveLength(6)
    expect(venue?.openingHours[5]).toEqual({ weekday: 'SATURDAY', opens: '09:00', closes: '17:00' })
  })
})

describe('a broken spreadsheet', () => {
  it('reports each bad line with its column and reason, writes the good lines, and exits 1', () => {
    const file = path.join(folder, 'venues-broken.csv')
    writeFileSync(
      file,
      [
        '编号,场地名称,管理机构,街道,地址,面积(平方米),座位数,设施,开放时间',
        'ok-1,好场地,seed:branch-hushu,湖墅,湖墅南路 1 号,120,50,投影仪,周一至周五 08:30-21:00',
        'bad-street,坏街道,seed:branch-hushu,西湖,湖墅南路 2 号,120,50,投影仪,周一 08:30-21:00',
        'bad-unit,坏单位,seed:branch-hushu,湖墅,湖墅南路 3 号,0.3公顷,50,投影仪,周一 08:30-21:00',
        'bad-facility,坏设施,seed:branch-hushu,湖墅,湖墅南路 4 号,120,50,桑拿,周一 08:30-21:00',
        'bad-capacity,坏座位,seed:branch-hushu,湖墅,湖墅南路 5 号,120,-10,投影仪,周一 08:30-21:00',
        'ok-1,重复编号,seed:branch-hushu,湖墅,湖墅南路 6 号,120,50,投影仪,周一 08:30-21:00',
        'ok-2,好场地二,seed:branch-hushu,湖墅,湖墅南路 7 号,80,30,,每天 09:00-17:00',
      ].join('\n'),
    )
    const result = runImport(file, '--source', 'broken-test')
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n')
    expect(lines).toContain(
      '第 3 行 line 3 [bad-street] 街道: 未知街道“西湖”（拱墅区共 18 个街道）。Unknown street "西湖".',
    )
    expect(lines).toContain(
      '第 4 行 line 4 [bad-unit] 面积(平方米): 面积须以平方米填写，收到单位“公顷”。Area must be in m² (平方米); got "公顷".',
    )
    expect(lines.some((line) => line.startsWith('第 5 行 line 5 [bad-facility] 设施: 未知取值“桑拿”'))).toBe(true)
    expect(lines).toContain(
      '第 6 行 line 6 [bad-capacity] 座位数: 座位数不能为负数（收到 -10）。Capacity must not be negative (got -10).',
    )
    expect(lines).toContain(
      '第 2 行 line 2 [ok-1] 编号: 编号“ok-1”在文件中出现 2 次（第 2、7 行）。Repeated in lines 2, 7.',
    )
    expect(lines).toContain(
      '第 7 行 line 7 [ok-1] 编号: 编号“ok-1”在文件中出现 2 次（第 2、7 行）。Repeated in lines 2, 7.',
    )
    expect(result.stdout).toContain(
      '[import] venues: 7 条 records — 新建 created 1, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 6',
    )
  })

  it('refuses a file whose columns it does not know, naming them', () => {
    const file = path.join(folder, 'unknown-columns.csv')
    writeFileSync(file, '\uFEFF姓名,鞋码\n张三,42\n')
    const result = runImport(file)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('未知的列：鞋码。Unknown columns: 鞋码.')
  })
})
