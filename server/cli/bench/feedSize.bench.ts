/**
 * `npm run bench:feed`: what following the change feed costs a platform in
 * bytes. On a scratch database it loads the district's registry and
 * publishes its 80 courses through the catalogue's projection (every write
 * appends to the change log, as in production), then pages `catalogueChanges`
 * from the start, 100 events a page, with the documented operation (entities
 * included) and with the events alone, and prints each page's size as sent
 * and gzipped. Figures, not assertions: they change with the seed data.
 */
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { startHub } from '../../app.ts'
import { readHead } from '../../changes/changeLog.ts'
import { connectMongo, withDatabaseName } from '../../database/mongo.ts'
import { publishSeedCourses } from './publishSeedCourses.ts'
import { scratchDatabase } from './scratchDatabase.ts'
import { withoutCms } from '../../compat/uncheckedTypes.ts'

const { values: flags } = parseArgs({ options: { page: { type: 'string', default: '100' } } })
const PAGE = Number(flags.page)
const documented = readFileSync(new URL('../../../schema/operations/catalogueChanges.graphql', import.meta.url), 'utf8')
const eventsOnly = `query Events($after: String, $first: Int) { catalogueChanges(after: $after, first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { eventId commit index at kind entityId version action } } } }`

const scratch = await scratchDatabase('bench-feed')
try {
  const mongo = await connectMongo(withDatabaseName(scratch.database.uri, 'bench_feed'))
  scratch.onShutdown(() => mongo.close())
  await seedRegistry(mongo.db)
  await publishSeedCourses(mongo.db)
  // Anonymous public reads never touch the CMS: no Payload is started.
  const hub = await startHub(
    { db: mongo.db, payload: withoutCms(), hubVersion: 'bench' },
    { port: 0, host: '127.0.0.1', log: () => {} },
  )
  scratch.onShutdown(() => hub.stop())

  console.log(`change log: ${await readHead(mongo.db)} commits; pages of ${PAGE} events from the start\n`)
  console.log('| selection | page | events | bytes | bytes/event | gzip bytes | ms |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const [name, query] of [
    ['documented (with entities)', documented],
    ['events only', eventsOnly],
  ] as const) {
    let after: string | null = null
    let totals = { events: 0, bytes: 0, gzip: 0 }
    for (let page = 1; ; page++) {
      const started = performance.now()
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { after, first: PAGE } }),
      })
      const body = Buffer.from(await response.arrayBuffer())
      const ms = performance.now() - started
      const answer = JSON.parse(body.toString('utf8')) as {
        errors?: unknown
        data: { catalogueChanges: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] } }
      }
      if (answer.errors) throw new Error(JSON.stringify(answer.errors))
      const { edges, pageInfo } = answer.data.catalogueChanges
      const gzip = gzipSync(body).length
      totals = { events: totals.events + edges.length, bytes: totals.bytes + body.length, gzip: totals.gzip + gzip }
      console.log(
        `| ${name} | ${page} | ${edges.length} | ${body.length} | ${edges.length ? Math.round(body.length / edges.length) : '-'} | ${gzip} | ${ms.toFixed(0)} |`,
      )
      after = pageInfo.endCursor
      if (!pageInfo.hasNextPage) break
    }
    console.log(
      `| ${name} | all | ${totals.events} | ${totals.bytes} | ${Math.round(totals.bytes / totals.events)} | ${totals.gzip} | |`,
    )
  }
} finally {
  await scratch.shutdown()
}
