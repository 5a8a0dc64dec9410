/**
 * How long the admin's edit pages take to become usable, in Chromium: a
 * lecture series with 60 sessions, a course and a collection of 31 items,
 * each opened in the production build (`next build` + `next start`) and in
 * `next dev`. Prints, per page, the time from navigation until the form is
 * hydrated, until a click on a select field is answered, and until the main
 * thread goes quiet, with the blocking time and the longest task.
 *
 *   npm run bench:desk                       # both builds, 3 loads of each page
 *   npm run bench:desk -- --modes build --runs 5
 *
 * The first load in dev includes compiling the page; it is printed apart.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { createPayloadConfig } from '../../cms/config/createPayloadConfig.ts'
import { seedRegistry } from '../../seeds/seedAll.ts'
import { startAdmin, type AdminMode } from '../../tests/support/admin.ts'
import { launchBrowser, newAdminPage, signIn } from '../../tests/support/adminPage.ts'
import { measureReadiness, recordLongTasks, type PageReadiness } from '../../tests/support/pageReadiness.ts'
import { detectServer } from '../database/flavor.ts'
import { connectMongo, withDatabaseName } from '../database/mongo.ts'
import { createDeskDocuments } from './deskDocuments.ts'
import { scratchDatabase } from './scratchDatabase.ts'

const { values } = parseArgs({
  options: {
    modes: { type: 'string', default: 'build,dev' },
    runs: { type: 'string', default: '3' },
    /** A page still busy after this long is reported as it stands. */
    'max-wait': { type: 'string', default: '240000' },
  },
})
const modes = values.modes.split(',').map((mode) => mode.trim()) as AdminMode[]
const runs = Number(values.runs)
const maxWaitMs = Number(values['max-wait'])

const { database, onShutdown, shutdown } = await scratchDatabase('desk')
try {
  const uri = withDatabaseName(database.uri, 'bench_desk')
  const mongo = await connectMongo(uri)
  onShutdown(() => mongo.close())
  const { flavor } = await detectServer(mongo.db)
  await seedRegistry(mongo.db)
  const payload = await getPayload({ config: createPayloadConfig({ databaseUri: uri, flavor, secret: 'bench-desk', logLevel: 'error', jobs: false }), key: 'bench-desk' })
  onShutdown(() => payload.destroy())
  const documents = await createDeskDocuments(payload)
  const editor = { email: 'desk-bench@example.org', password: `bench ${randomBytes(6).toString('hex')}` }
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' }, overrideAccess: true })

  const pages = [
    { name: 'series, 60 sessions', path: `/admin/collections/lecture-series/${documents.series}`, probe: 'audiences' },
    { name: 'course', path: `/admin/collections/courses/${documents.course}`, probe: 'audiences' },
    { name: 'collection, 31 items', path: `/admin/collections/course-collections/${documents.collection}`, probe: 'audiences' },
  ]
  const rows: (PageReadiness & { mode: string; page: string; load: string })[] = []
  const browser = await launchBrowser()
  onShutdown(() => browser.close())

  for (const mode of modes) {
    console.error(`[desk] starting the admin (${mode})…`)
    const admin = await startAdmin({ uri, flavor }, { secret: 'bench-desk', mode })
    try {
      const { context, page } = await newAdminPage(browser, admin)
      // A page compiled on first request in dev, or frozen, may take minutes: it is measured, not failed.
      context.setDefaultTimeout(maxWaitMs)
      context.setDefaultNavigationTimeout(maxWaitMs)
      await recordLongTasks(context)
      await signIn(page, editor)
      for (const target of pages) {
        for (let run = 1; run <= runs; run++) {
          const load = mode === 'dev' && run === 1 ? 'first (compiles)' : `${run}`
          try {
            const measured = await measureReadiness(page, target.path, target.probe, maxWaitMs)
            rows.push({ mode, page: target.name, load, ...measured })
            console.error(`[desk] ${mode} ${target.name} load ${load}: ${JSON.stringify(measured)}`)
          } catch (error) {
            console.error(`[desk] ${mode} ${target.name} load ${load}: not usable within ${maxWaitMs} ms (${(error as Error).message.split('\n')[0]})`)
            rows.push({ mode, page: target.name, load, hydratedMs: NaN, clickLandsMs: NaN, mainThreadIdleMs: NaN, blockingMs: NaN, longestTaskMs: NaN })
          }
        }
      }
      await context.close()
    } finally {
      await admin.stop()
    }
  }

  printTable(rows)
} finally {
  await shutdown()
}

function printTable(rows: (PageReadiness & { mode: string; page: string; load: string })[]): void {
  console.log('\nTime to interactive of the admin edit pages (ms from navigation, Chromium headless)\n')
  console.table(
    rows.map((row) => ({
      build: row.mode === 'build' ? 'next start' : 'next dev',
      page: row.page,
      load: row.load,
      'form hydrated': row.hydratedMs,
      'click lands': row.clickLandsMs,
      'main thread idle': row.mainThreadIdleMs,
      'blocking time': row.blockingMs,
      'longest task': row.longestTaskMs,
    })),
  )
  console.log('NaN: the page was not usable within --max-wait.')
}
