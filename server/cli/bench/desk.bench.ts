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
 * In dev the first request of the edit route compiles it (next dev builds a
 * route on its first request; the three pages share one route): that first
 * load, of the series page, is printed apart as "first (compiles)", and the
 * summary gives the median of the warm loads beside it.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { createPayloadConfig } from '../../../cms/config/createPayloadConfig.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { startAdmin, type AdminMode } from '../../../tests/support/admin.ts'
import { launchBrowser, newAdminPage, signIn } from '../../../tests/support/adminPage.ts'
import { measureReadiness, recordLongTasks, type PageReadiness } from '../../../tests/support/pageReadiness.ts'
import { detectServer } from '../../database/flavor.ts'
import { connectMongo, withDatabaseName } from '../../database/mongo.ts'
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
const COMPILES = 'first (compiles)'

const { database, onShutdown, shutdown } = await scratchDatabase('desk')
try {
  const uri = withDatabaseName(database.uri, 'bench_desk')
  const mongo = await connectMongo(uri)
  onShutdown(() => mongo.close())
  const { flavor } = await detectServer(mongo.db)
  await seedRegistry(mongo.db)
  const payload = await getPayload({
    config: createPayloadConfig({ databaseUri: uri, flavor, secret: 'bench-desk', logLevel: 'error', jobs: false }),
    key: 'bench-desk',
  })
  onShutdown(() => payload.destroy())
  const documents = await createDeskDocuments(payload)
  const editor = { email: 'desk-bench@example.org', password: `bench ${randomBytes(6).toString('hex')}` }
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' }, overrideAccess: true })

  const pages = [
    { name: 'series, 60 sessions', path: `/admin/collections/lecture-series/${documents.series}`, probe: 'audiences' },
    { name: 'course', path: `/admin/collections/courses/${documents.course}`, probe: 'audiences' },
    {
      name: 'collection, 31 items',
      path: `/admin/collections/course-collections/${documents.collection}`,
      probe: 'audiences',
    },
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
        // In dev the route's first request compiles it; that load is measured too, apart from the warm loads.
        const compiles = mode === 'dev' && target === pages[0]
        for (let run = compiles ? 0 : 1; run <= runs; run++) {
          const load = run === 0 ? COMPILES : `${run}`
          try {
            const measured = await measureReadiness(page, target.path, target.probe, maxWaitMs)
            rows.push({ mode, page: target.name, load, ...measured })
            console.error(`[desk] ${mode} ${target.name} load ${load}: ${JSON.stringify(measured)}`)
          } catch (error) {
            console.error(
              `[desk] ${mode} ${target.name} load ${load}: not usable within ${maxWaitMs} ms (${(error as Error).message.split('\n')[0]})`,
            )
            rows.push({
              mode,
              page: target.name,
              load,
              hydratedMs: NaN,
              clickLandsMs: NaN,
              mainThreadIdleMs: NaN,
              blockingMs: NaN,
              longestTaskMs: NaN,
            })
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

  const median = (values: number[]) => {
    const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
    return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN
  }
  const groups = new Map<string, typeof rows>()
  for (const row of rows)
    groups.set(`${row.mode}\u0000${row.page}`, [...(groups.get(`${row.mode}\u0000${row.page}`) ?? []), row])
  console.log(
    '\nSummary: click lands, median of the warm loads (ms); in dev the first load, which compiles the page, apart\n',
  )
  console.table(
    [...groups.values()].map((group) => {
      const warm = group.filter((row) => row.load !== COMPILES)
      const first = group.find((row) => row.load === COMPILES)
      return {
        build: group[0]!.mode === 'build' ? 'next start' : 'next dev',
        page: group[0]!.page,
        'warm loads': warm.length,
        'click lands (warm median)': median(warm.map((row) => row.clickLandsMs)),
        'main thread idle (warm median)': median(warm.map((row) => row.mainThreadIdleMs)),
        'first load, compiling': first ? first.clickLandsMs : '',
      }
    }),
  )
}
