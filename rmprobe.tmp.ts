import { ApolloServer } from '@apollo/server'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readFileSync } from 'node:fs'
import { launchDatabase } from '/work/main/server/database/launcher.ts'
import { connectMongo, withDatabaseName } from '/work/main/server/database/mongo.ts'
import { seedRegistry } from '/work/main/seeds/seedAll.ts'
import { seedCourses } from '/work/main/seeds/content/courses.ts'
import { toCatalogueCourse, writeProjection } from '/work/main/server/catalogue/courseProjection.ts'
import { hubSchema } from '/work/main/server/graphql/schema.ts'
import { createContext } from '/work/main/server/graphql/context.ts'
import { ReadModel } from '/work/main/server/readModel/readModel.ts'

const database = await launchDatabase({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'rm-')), port: 0, readyTimeoutMs: 60000 })
const mongo = await connectMongo(withDatabaseName(database.uri, 'probe'))
await seedRegistry(mongo.db, Number(process.argv[2] ?? 1))
let n = 0
for (const c of seedCourses()) await writeProjection(mongo.db, toCatalogueCourse({ id: `c${n++}`, updatedAt: new Date().toISOString(), _status: 'published', slug: c.slug, title: c.title, summary: c.summary, topics: c.topics, audiences: c.audiences, mode: c.mode, provider: c.provider, teachers: c.teachers, creditHours: c.creditHours }))
const model = await ReadModel.start(mongo.db)
const schema = await hubSchema()
const apollo = new ApolloServer({ schema })
await apollo.start()
const ops: Record<string, [string, object]> = {
  courseCatalogue: [readFileSync('/work/main/schema/operations/courseCatalogue.graphql', 'utf8'), { first: 20 }],
  courseDetail: [readFileSync('/work/main/schema/operations/courseDetail.graphql', 'utf8'), { slug: seedCourses()[3]!.slug }],
  search: [readFileSync('/work/main/schema/operations/search.graphql', 'utf8'), { q: '运河' }],
  teachers: [readFileSync('/work/main/schema/operations/teachers.graphql', 'utf8'), { first: 20 }],
  streetOverview: [readFileSync('/work/main/schema/operations/streetOverview.graphql', 'utf8'), {}],
}
for (const [name, [query, variables]] of Object.entries(ops)) {
  for (let i = 0; i < 5; i++) await apollo.executeOperation({ query, variables }, { contextValue: createContext({ db: mongo.db, payload: undefined as never, hubVersion: 'x' }, { read: await model.current(), latestRead: () => model.current() }, null) })
  const cpu = process.cpuUsage(); const t = performance.now(); const N = 50
  let errors = 0
  for (let i = 0; i < N; i++) {
    const r = await apollo.executeOperation({ query, variables }, { contextValue: createContext({ db: mongo.db, payload: undefined as never, hubVersion: 'x' }, { read: await model.current(), latestRead: () => model.current() }, null) })
    if (r.body.kind === 'single' && r.body.singleResult.errors) { errors++; if (errors === 1) console.log(JSON.stringify(r.body.singleResult.errors).slice(0, 300)) }
  }
  const used = process.cpuUsage(cpu)
  console.log(`${name}: ${((performance.now() - t) / N).toFixed(2)} ms wall, ${((used.user + used.system) / 1000 / N).toFixed(2)} ms cpu per op, errors ${errors}`)
}
model.stop(); await mongo.close(); await database.stop(); process.exit(0)
