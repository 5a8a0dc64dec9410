/**
 * `npm run bench:readmodel`: what a public answer costs in the hub's own
 * process when it reads the in-memory read model, and why the read model
 * runs MongoDB's query language through mingo rather than indexes and
 * filters of its own. On a fresh embedded database with the registry at the
 * scales asked for and the seed courses projected into the catalogue, it
 * prints, per documented public operation, wall and CPU milliseconds per
 * answer (executeOperation, no HTTP); then, for the catalogue's filters over
 * every course, the cost of mingo's compiled predicate beside a hand-written
 * JavaScript one with the same meaning.
 *
 *   npm run bench:readmodel -- --scales 1,10 --runs 200
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ApolloServer } from '@apollo/server'
import { Query } from 'mingo'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { CATALOGUE_COLLECTIONS } from '../../catalogue/catalogueCollections.ts'
import { seedCourses } from '../../../seeds/content/courses.ts'
import type { CatalogueCourse } from '../../catalogue/courseProjection.ts'
import { limits } from '../../config/limits.ts'
import { launchDatabase } from '../../database/launcher.ts'
import { connectMongo, withDatabaseName } from '../../database/mongo.ts'
import { createContext, type HubContext } from '../../graphql/context.ts'
import { hubSchema } from '../../graphql/schema.ts'
import { ReadModel } from '../../readModel/readModel.ts'
import { withoutCms } from '../../compat/uncheckedTypes.ts'
import { publishSeedCourses } from './publishSeedCourses.ts'

const { values: flags } = parseArgs({
  options: { scales: { type: 'string', default: '1,10' }, runs: { type: 'string', default: '200' } },
})
const SCALES = flags.scales!.split(',').map(Number)
const RUNS = Number(flags.runs)
const operation = (name: string) =>
  readFileSync(new URL(`../../../schema/operations/${name}.graphql`, import.meta.url), 'utf8')

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'canal-hub-bench-'))
const database = await launchDatabase({ dataDir, port: 0, readyTimeoutMs: limits.database.readyTimeoutMs })
try {
  const mongo = await connectMongo(withDatabaseName(database.uri, 'bench_read_model'))
  const courses = seedCourses()
  await seedRegistry(mongo.db)
  await publishSeedCourses(mongo.db)
  const apollo = new ApolloServer<HubContext>({ schema: await hubSchema() })
  await apollo.start()
  const lines: string[] = []
  for (const scale of SCALES) {
    if (scale > 1) await seedRegistry(mongo.db, scale)
    const model = await ReadModel.start(mongo.db, { pollIntervalMs: 3_600_000 })
    const read = await model.current()
    // Anonymous public reads never touch the CMS: no Payload is started.
    const context = () =>
      createContext(
        { db: mongo.db, payload: withoutCms(), hubVersion: 'bench' },
        { read, latestRead: async () => read },
        null,
      )
    const operations: Array<[string, Record<string, unknown>]> = [
      ['courseCatalogue', { first: 20 }],
      ['courseDetail', { slug: courses[3]!.slug }],
      ['search', { q: '运河' }],
      ['teachers', { first: 20 }],
      ['venues', { first: 20 }],
      ['institutions', { first: 20 }],
      ['streetOverview', {}],
      ['streets', {}],
    ]
    lines.push(
      `Registry scale ${scale}, ${model.status().documents} documents in the read model, ${courses.length} courses; ${RUNS} answers each after 10 warm-up.`,
      '',
    )
    lines.push('| operation | wall ms/answer | CPU ms/answer |', '| --- | ---: | ---: |')
    for (const [name, variables] of operations) {
      const query = operation(name)
      const answer = async () => {
        const response = await apollo.executeOperation({ query, variables }, { contextValue: context() })
        if (response.body.kind !== 'single' || response.body.singleResult.errors)
          throw new Error(`${name}: ${JSON.stringify(response.body)}`.slice(0, 400))
      }
      for (let n = 0; n < 10; n++) await answer()
      const cpu = process.cpuUsage()
      const started = performance.now()
      for (let n = 0; n < RUNS; n++) await answer()
      const used = process.cpuUsage(cpu)
      lines.push(
        `| ${name} | ${((performance.now() - started) / RUNS).toFixed(2)} | ${((used.user + used.system) / 1000 / RUNS).toFixed(2)} |`,
      )
    }
    lines.push('')

    // The filter language: mingo's compiled predicate beside the same test written by hand.
    const all = await read.collection<CatalogueCourse>(CATALOGUE_COLLECTIONS.courses).find({}).toArray()
    const filter = {
      removed: false,
      topics: { $in: ['HISTORY_CULTURE', 'WELLNESS'] },
      creditHours: { $gte: 4 },
      free: { $ne: false },
    }
    const mingo = new Query(filter, {})
    const byHand = (course: CatalogueCourse) =>
      course.removed === false &&
      (course.topics ?? []).some((topic) => topic === 'HISTORY_CULTURE' || topic === 'WELLNESS') &&
      (course.creditHours ?? -Infinity) >= 4 &&
      course.free !== false
    const time = <D>(docs: D[], test: (course: D) => boolean) => {
      const started = performance.now()
      let matched = 0
      for (let n = 0; n < RUNS * 10; n++) matched = docs.filter(test).length
      return { ms: (performance.now() - started) / (RUNS * 10), matched }
    }
    // Plain records for mingo, copied before the clock starts.
    const records = all.map((course) => ({ ...course }))
    const withMingo = time(records, (course) => mingo.test(course))
    const handWritten = time(all, byHand)
    lines.push(`The catalogue filter ${JSON.stringify(filter)} over ${all.length} courses, ${RUNS * 10} times:`, '')
    lines.push('| predicate | µs per pass | matches |', '| --- | ---: | ---: |')
    lines.push(`| mingo, compiled once | ${(withMingo.ms * 1000).toFixed(1)} | ${withMingo.matched} |`)
    lines.push(`| hand-written JavaScript | ${(handWritten.ms * 1000).toFixed(1)} | ${handWritten.matched} |`)
    lines.push('')
    model.stop()
  }
  console.log('\n' + lines.join('\n'))
  await apollo.stop()
  await mongo.close()
} finally {
  await database.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
