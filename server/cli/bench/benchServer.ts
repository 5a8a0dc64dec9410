/**
 * One server under `npm run bench` load, in a process of its own, as it runs
 * in a deployment: the hub on its read model, the hub on its database path,
 * or Payload's own GraphQL and REST handlers. Sharing one event loop and one
 * heap, each server's pauses (a publish, a collection of another's garbage)
 * landed in the others' slowest requests, so the p99 column measured the
 * neighbours as much as the server.
 *
 * It prints one JSON line when it listens ({ urls, stats }) and answers
 * GET <stats>/ with the database commands it has sent, by name, and its RSS,
 * so the bench counts commands per request where they are sent.
 *
 *   node --import tsx server/cli/bench/benchServer.ts <hub-memory|hub-database|payload> <mongodb uri>
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { MongoClient } from 'mongodb'
import { getPayload, handleEndpoints } from 'payload'
import { createPayloadConfig } from '../../../cms/config/createPayloadConfig.ts'
import { servePayload } from '../../../cms/http/servePayload.ts'
import { startHub } from '../../app.ts'
import { CHANGE_COLLECTIONS } from '../../changes/changeLog.ts'
import { hubVersion } from '../../config/hubVersion.ts'
import { detectServer } from '../../database/flavor.ts'
import { connectMongo } from '../../database/mongo.ts'
import { BENCH_SECRET, type BenchServerReady, type BenchServerRole, type BenchServerStats } from './spawnBenchServer.ts'

const [role, uri] = process.argv.slice(2) as [BenchServerRole, string]
if (!['hub-memory', 'hub-database', 'payload'].includes(role) || !uri) {
  console.error('usage: benchServer.ts <hub-memory|hub-database|payload> <mongodb uri>')
  process.exit(2)
}

const byName = new Map<string, number>()
let total = 0
function countCommands(client: MongoClient): void {
  client.on('commandStarted', (event) => {
    // The read model's polls of the change log's head run in the background, not for a request.
    if ((event.command as Record<string, unknown>)[event.commandName] === CHANGE_COLLECTIONS.head) return
    total++
    byName.set(event.commandName, (byName.get(event.commandName) ?? 0) + 1)
  })
}

const withMonitoring = (base: string) => `${base}${base.includes('?') ? '&' : '?'}monitorCommands=true`
const mongo = await connectMongo(uri, { monitorCommands: true })
const { flavor } = await detectServer(mongo.db)
const urls: Record<string, string> = {}
const stops: (() => Promise<unknown>)[] = []

if (role === 'payload') {
  // The one process where Payload's GraphQL is on: it is what the hub is compared with.
  const config = createPayloadConfig({
    databaseUri: withMonitoring(uri),
    flavor,
    secret: BENCH_SECRET,
    logLevel: 'error',
    jobs: false,
    payloadGraphQL: true,
  })
  // The default instance key: GRAPHQL_POST looks Payload up without one, so it finds this instance.
  const payload = await getPayload({ config })
  countCommands(payload.db.connection.getClient())
  const graphql = await servePayload(GRAPHQL_POST(config))
  const rest = await servePayload((request) => handleEndpoints({ config, request }))
  urls.graphql = `${graphql.origin}/api/graphql`
  urls.rest = rest.origin
  stops.push(
    () => graphql.close(),
    () => rest.close(),
    () => payload.destroy(),
  )
} else {
  countCommands(mongo.client)
  // The hub reads public data without Payload; Payload here only checks the tokens of signed-in requests.
  const payload = await getPayload({
    config: createPayloadConfig({ databaseUri: uri, flavor, secret: BENCH_SECRET, logLevel: 'error', jobs: false }),
    key: `bench-${role}`,
  })
  let errors = 0
  const hub = await startHub(
    { db: mongo.db, payload, hubVersion },
    {
      port: 0,
      host: '127.0.0.1',
      readModel: role === 'hub-memory' ? 'memory' : 'database',
      // Under load a query may pass its time limit: the first is printed, the rest show as failed requests.
      log: (error) => {
        if (errors++ === 0) console.error(`[${role}] unexpected error (later ones are only counted): ${String(error)}`)
      },
    },
  )
  urls.graphql = hub.url.replace('//localhost:', '//127.0.0.1:')
  stops.push(
    () => hub.stop(),
    () => payload.destroy(),
  )
}

const statsServer = http.createServer((_request, response) => {
  const stats: BenchServerStats = { total, byName: Object.fromEntries(byName), rssBytes: process.memoryUsage().rss }
  response.setHeader('content-type', 'application/json')
  response.end(JSON.stringify(stats))
})
await new Promise<void>((resolve) => statsServer.listen(0, '127.0.0.1', resolve))
const ready: BenchServerReady = { urls, stats: `http://127.0.0.1:${(statsServer.address() as AddressInfo).port}/` }
process.stdout.write(`${JSON.stringify(ready)}\n`)

const stop = async () => {
  statsServer.close()
  for (const close of stops) await close().catch(() => {})
  await mongo.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
