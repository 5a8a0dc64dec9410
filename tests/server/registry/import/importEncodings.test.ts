/**
 * A clerk's CSV in whatever encoding Excel saved it imports the same
 * records: GB18030/GBK (Excel's "CSV" on Chinese Windows), UTF-16 with a
 * byte-order mark (Excel's "Unicode text", tab-separated), or UTF-8; the
 * clerk is told in one sentence when the file was not UTF-8, and
 * `--encoding` overrides the guess.
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import iconv from 'iconv-lite'
import { decodeText } from '../../../../server/registry/import/decodeText.ts'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { freshDatabase, type TestDatabase } from '../../../support/database.ts'
import { importFolder, runImport, templateTable, toCsv } from '../../../support/importCli.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let folder: string

beforeAll(async () => {
  database = await freshDatabase('import_encodings')
  await seedRegistry(database.db)
  folder = importFolder('import-encodings')
})

afterAll(async () => {
  await database.dropAndClose()
  rmSync(folder, { recursive: true, force: true })
})

const run = (...args: string[]) => runImport(database.uri, ...args)

function writeEncoded(name: string, text: string, encoding: string, addBOM = false): string {
  const file = path.join(folder, name)
  writeFileSync(file, iconv.encode(text, encoding, { addBOM }))
  return file
}

/** A stored record without what says where and when it came from. */
async function content(collection: string, id: string) {
  const document = await database.db.collection(collection).findOne({ _id: id as never })
  if (!document) return undefined
  const { _id, source, pushedBy, pushedAt, pushId, createdAt, ...rest } = document
  return rest
}

const GBK_NOTICE =
  '[import] 文件不是 UTF-8 编码，已按 GB18030（GBK，中文 Windows 上 Excel 的默认编码）读取。The file is not UTF-8; it was read as GB18030 (GBK, Excel’s default on Chinese Windows).'

describe('a GB18030 (GBK) CSV from Excel on Chinese Windows', () => {
  it('imports the same records as the UTF-8 template, and says which encoding it assumed', async () => {
    const utf8 = run('seeds/templates/venues.csv', '--source', 'utf8')
    expect(utf8.status).toBe(0)
    expect(utf8.stderr).not.toContain('UTF-8')

    const file = writeEncoded('venues-gbk.csv', toCsv(templateTable('venues')), 'gb18030')
    const result = run(file, '--source', 'gbk')
    expect(result.stderr.split('\n')).toContain(GBK_NOTICE)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '[import] venues: 2 条 records — 新建 created 2, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 0',
    )

    for (const id of ['office-venue-001', 'office-venue-002']) {
      const fromGbk = await content(REGISTRY_COLLECTIONS.venues, `gbk:${id}`)
      expect(fromGbk).toEqual(await content(REGISTRY_COLLECTIONS.venues, `utf8:${id}`))
    }
    expect(await content(REGISTRY_COLLECTIONS.venues, 'gbk:office-venue-001')).toMatchObject({
      name: '卖鱼桥社区文化家园多功能厅',
      streetId: 'hushu',
    })
  })

  it('refuses, in one sentence, a file that is neither UTF-8 nor GB18030', () => {
    const file = path.join(folder, 'venues-broken-bytes.csv')
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('编号,场地名称\n', 'utf8'), Buffer.from([0x81, 0x20, 0xff, 0xff, 0x0a])]),
    )
    const result = run(file)
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(
      '[import] 文件既不是 UTF-8 也不是 GB18030（GBK）编码，请用 --encoding 指定其编码。The file is neither UTF-8 nor GB18030 (GBK); name its encoding with --encoding.',
    )
  })
})

describe('a UTF-16 file with a byte-order mark', () => {
  it('imports Excel’s "Unicode text" (UTF-16 LE, tab-separated) and names the encoding', async () => {
    const text =
      templateTable('teachers')
        .map((row) => row.join('\t'))
        .join('\r\n') + '\r\n'
    const result = run(writeEncoded('teachers-unicode.txt', text, 'utf-16le', true), '--source', 'utf16le')
    expect(result.stderr.split('\n')).toContain(
      '[import] 文件不是 UTF-8 编码，已按 UTF-16 LE 读取。The file is not UTF-8; it was read as UTF-16 LE.',
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '[import] teachers: 3 条 records — 新建 created 3, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 0',
    )
    expect(await content(REGISTRY_COLLECTIONS.teachers, 'utf16le:office-teacher-001')).toMatchObject({
      name: '沈一鸣',
      languages: ['普通话', '杭州话'],
    })
  })

  it('imports a UTF-16 BE CSV', async () => {
    const result = run(
      writeEncoded('institutions-utf16be.csv', toCsv(templateTable('institutions')), 'utf-16be', true),
      '--source',
      'utf16be',
    )
    expect(result.stderr).toContain('已按 UTF-16 BE 读取')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('新建 created 3, 更新 updated 0, 无变化 unchanged 0, 拒绝 rejected 0')
    expect(await content(REGISTRY_COLLECTIONS.institutions, 'utf16be:office-inst-002')).toMatchObject({
      name: '湖墅街道老年书法教学点',
    })
  })
})

describe('--encoding', () => {
  const gbkFile = () => writeEncoded('venues-forced.csv', toCsv(templateTable('venues')), 'gbk')

  it('reads the file in the encoding named, and says so', async () => {
    const result = run(gbkFile(), '--encoding', 'gbk', '--source', 'forced')
    expect(result.stderr.split('\n')).toContain(
      '[import] 文件按 --encoding 指定的 gbk 编码读取，未按 UTF-8。The file was read as gbk, as --encoding asks, not as UTF-8.',
    )
    expect(result.status).toBe(0)
    expect(await content(REGISTRY_COLLECTIONS.venues, 'forced:office-venue-001')).toMatchObject({
      name: '卖鱼桥社区文化家园多功能厅',
    })
  })

  it('overrides the detection: a GBK file forced to UTF-8 has headers no one can read', () => {
    const result = run(gbkFile(), '--encoding', 'utf-8')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('无法从表头')
    expect(result.stderr).not.toContain('GB18030')
  })

  it('refuses an encoding it does not know with one sentence and exit code 2', () => {
    const result = run(gbkFile(), '--encoding', 'klingon')
    expect(result.status).toBe(2)
    expect(result.stderr.trim()).toBe(
      '[import] 不认识编码“klingon”，可用 utf-8、gb18030、gbk、utf-16le 等。Unknown encoding "klingon"; use utf-8, gb18030, gbk, utf-16le or the like.',
    )
  })
})

describe('telling the encoding', () => {
  const text = '编号,场地名称\r\nv-1,卖鱼桥\r\n'
  // A rare character of a name, outside GBK: GB18030 writes it in four bytes.
  const rare = '编号,场地名称\r\nv-1,㐀桥\r\n'

  it.each([
    ['UTF-8 without a mark', text, iconv.encode(text, 'utf-8'), 'UTF-8', null],
    ['UTF-8 with a mark', text, iconv.encode(text, 'utf-8', { addBOM: true }), 'UTF-8', null],
    ['GBK', text, iconv.encode(text, 'gbk'), 'GB18030', 'GB18030'],
    ['GB18030 beyond GBK', rare, iconv.encode(rare, 'gb18030'), 'GB18030', 'GB18030'],
    ['UTF-16 LE with a mark', text, iconv.encode(text, 'utf-16le', { addBOM: true }), 'UTF-16 LE', 'UTF-16 LE'],
    ['UTF-16 BE with a mark', text, iconv.encode(text, 'utf-16be', { addBOM: true }), 'UTF-16 BE', 'UTF-16 BE'],
    ['UTF-16 LE without a mark', text, iconv.encode(text, 'utf-16le'), 'UTF-16 LE', 'UTF-16 LE'],
  ])('%s', (_, written, bytes, encoding, named) => {
    const decoded = decodeText(bytes)
    expect(decoded.encoding).toBe(encoding)
    expect(decoded.text).toBe(written)
    if (named) expect(decoded.notice).toContain(named)
    else expect(decoded.notice).toBeNull()
  })
})
