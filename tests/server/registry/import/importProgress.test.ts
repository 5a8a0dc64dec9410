/**
 * A long import tells the clerk how long is left: on a terminal the bar
 * carries the estimate, in a log every progress line does.
 */
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { projectRoot } from '../../../../server/config/env.ts'
import { timeLeft } from '../../../../server/registry/import/importProgress.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { freshDatabase, type TestDatabase } from '../../../support/database.ts'
import { runImport } from '../../../support/importCli.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }

beforeAll(async () => {
  database = await freshDatabase('import_progress')
  await seedRegistry(database.db)
})

afterAll(async () => {
  await database.dropAndClose()
})

describe('the time left', () => {
  it.each([
    [undefined, '估算中 estimating'],
    ['NULL', '估算中 estimating'],
    [Number.POSITIVE_INFINITY, '估算中 estimating'],
    [0, '0s'],
    [42.2, '43s'],
    [125, '2m05s'],
    [3 * 3600 + 7 * 60, '3h07m'],
  ])('%p seconds reads %p', (seconds, shown) => {
    expect(timeLeft(seconds)).toBe(shown)
  })

  it('is on the bar a clerk sees in a terminal', () => {
    // `script` gives the command a terminal of its own, as a clerk's window does.
    const command = `'${process.execPath}' server/cli/run.mjs server/cli/registryImport.ts seeds/templates/venues.csv --source tty`
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: projectRoot,
      env: { ...process.env, MONGODB_URI: database.uri, COLUMNS: '120' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/\[import\] -+ 0\/2 条 \| 剩余 ETA 估算中 estimating/)
    expect(result.stdout).toMatch(/\[import\] =+ 2\/2 条 \| 剩余 ETA 0s/)
  })

  it('is on every progress line when the output goes to a log', () => {
    const result = runImport(database.uri, 'seeds/templates/teachers.csv', '--source', 'log')
    expect(result.status).toBe(0)
    expect(result.stderr.split('\n')).toContain('[import] 3/3 条 — 剩余 ETA 0s')
  })
})
