/**
 * The publishing side of bench:webhooks, in a process of its own as the CMS
 * is in `npm run dev` (the admin publishes, the dev process works the jobs
 * queue): publishes N course versions through the catalogue's projection
 * and prints how long that took, in milliseconds.
 *
 * Usage: node --import tsx server/cli/bench/benchPublisher.ts <database uri> <id prefix> <count> <courses>
 */
import { toCatalogueCourse, writeProjection } from '../../catalogue/courseProjection.ts'
import { connectMongo } from '../../database/mongo.ts'

const [uri, prefix, count, courses] = process.argv.slice(2)
const connection = await connectMongo(uri!)
const started = performance.now()
const base = Date.now()
for (let index = 0; index < Number(count); index++) {
  const id = `${prefix}-${index % Number(courses)}`
  await writeProjection(
    connection.db,
    toCatalogueCourse({
      id,
      updatedAt: new Date(base + index).toISOString(),
      _status: 'published',
      slug: id,
      title: { zh: `基准课程 ${index}`, en: `Bench course ${index}` },
      topics: ['WELLNESS'],
      audiences: ['ALL_RESIDENTS'],
      creditHours: 2,
    }),
  )
}
console.log(Math.round(performance.now() - started))
await connection.close()
