/**
 * `npm run fuzz`: random but well-typed input against a stack of its own (a
 * temporary embedded database, the CMS and the hub, all on 127.0.0.1), to
 * find what a client can make fail with a 500. It sends N random valid graph
 * operations built from the hub's schema (4 at a time, a fifth of them
 * signed in as one of the roles) and random REST query parameters to every
 * collection each role may read, and prints how many answers were 5xx or
 * INTERNAL_SERVER_ERROR, with the first few to reproduce (`--seed`). It is
 * not a test: bounded by count and by time, and it exits 1 when anything
 * failed.
 *
 *   npm run fuzz -- --queries 10000 --minutes 10 --rest 3000 --rest-minutes 3 --seed 7
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { createPayloadConfig } from '../../../cms/config/createPayloadConfig.ts'
import { serveRest } from '../../../cms/http/servePayload.ts'
import { seedCollectContent } from '../../../seeds/content/seedCollect.ts'
import { seedCollectionContent } from '../../../seeds/content/seedCollections.ts'
import { seedCourseContent } from '../../../seeds/content/seedCourses.ts'
import { seedSeriesContent } from '../../../seeds/content/seedSeries.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { startHub } from '../../app.ts'
import { hubVersion } from '../../config/hubVersion.ts'
import { detectServer } from '../../database/flavor.ts'
import { connectMongo, withDatabaseName } from '../../database/mongo.ts'
import { hubSchema } from '../../graphql/schema.ts'
import { randomGraphOperation, type GraphOperation, type GraphSamples } from './fuzzGraph.ts'
import { seededRandom, type Random } from './fuzzRandom.ts'
import { randomRestQuery } from './fuzzRest.ts'
import { scratchDatabase } from './scratchDatabase.ts'

const { values: flags } = parseArgs({
  options: {
    queries: { type: 'string', default: '10000' },
    rest: { type: 'string', default: '3000' },
    /** Stop sending graph operations when this much time has passed, whatever is left of the count. */
    minutes: { type: 'string', default: '10' },
    /** The same bound for the REST requests, which come after. */
    'rest-minutes': { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '4' },
    /** Share of graph operations sent signed in. */
    'signed-in': { type: 'string', default: '0.2' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
})

const number = (name: string, value: string | undefined, min: number) => {
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < min)
    throw new Error(`--${name} takes a number of at least ${min}, got ${value}`)
  return parsed
}
const QUERIES = number('queries', flags.queries, 0)
const REST = number('rest', flags.rest, 0)
const GRAPH_MS = number('minutes', flags.minutes, 0.1) * 60_000
const REST_MS = number('rest-minutes', flags['rest-minutes'], 0.1) * 60_000
const CONCURRENCY = number('concurrency', flags.concurrency, 1)
const SIGNED_IN = number('signed-in', flags['signed-in'], 0)
const SEED = number('seed', flags.seed, 0)

const log = (line: string) => console.log(`[fuzz] ${line}`)
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

type Role = 'anonymous' | 'editor' | 'coordinator' | 'partner' | 'service'
type Credentials = Record<string, string>

interface Tally {
  sent: number
  byStatus: Map<number, number>
  byCode: Map<string, number>
  failures: number
  examples: string[]
}

const tally = (): Tally => ({ sent: 0, byStatus: new Map(), byCode: new Map(), failures: 0, examples: [] })
const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)

/** Runs `work` for indexes 0..count-1 on `concurrency` callers, for at most `budgetMs`. */
async function pool(count: number, budgetMs: number, work: (index: number) => Promise<void>): Promise<void> {
  const deadline = Date.now() + budgetMs
  let next = 0
  const caller = async () => {
    for (let index = next++; index < count && Date.now() < deadline; index = next++) await work(index)
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, caller))
}

const { database, onShutdown, shutdown } = await scratchDatabase('fuzz')

let exitCode = 0
try {
  const started = performance.now()
  const uri = withDatabaseName(database.uri, 'fuzz')
  const mongo = await connectMongo(uri)
  onShutdown(() => mongo.close())
  const { flavor } = await detectServer(mongo.db)
  await seedRegistry(mongo.db)
  const config = createPayloadConfig({
    databaseUri: uri,
    flavor,
    secret: `fuzz-${SEED}`,
    logLevel: 'error',
    jobs: false,
  })
  const payload = await getPayload({ config })
  onShutdown(() => payload.destroy())
  await seedCourseContent(payload)
  await seedSeriesContent(payload)
  await seedCollectionContent(payload)
  await seedCollectContent(payload)
  log(`database, registry, CMS and content ready (${seconds(started)})`)

  const unexpected: unknown[] = []
  let timeouts = 0
  const hub = await startHub(
    { db: mongo.db, payload, hubVersion },
    { port: 0, host: '127.0.0.1', log: (error) => unexpected.push(error), warn: () => timeouts++ },
  )
  onShutdown(() => hub.stop())
  const hubUrl = hub.url.replace('//localhost:', '//127.0.0.1:')
  const cms = await serveRest(config)
  onShutdown(() => cms.close())
  const apiUrl = `${cms.origin}/api`

  // One account per role, signed in once.
  const ask = async <T>(query: string): Promise<T> => {
    const response = await fetch(hubUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    return ((await response.json()) as { data: T }).data
  }
  const known = await ask<{
    streets: { id: string }[]
    institutions: { edges: { node: { id: string } }[] }
    teachers: { edges: { node: { id: string; name: string } }[] }
    venues: { edges: { node: { id: string } }[] }
    courses: { edges: { node: { id: string; slug: string } }[] }
    lectureSeries: { edges: { node: { id: string; slug: string } }[] }
  }>(
    '{ streets { id } institutions(first: 50) { edges { node { id } } } teachers(first: 50) { edges { node { id name } } } venues(first: 50) { edges { node { id } } } courses(first: 50) { edges { node { id slug } } } lectureSeries(first: 20) { edges { node { id slug } } } }',
  )
  const samples: GraphSamples = {
    ids: [
      ...known.streets.map((street) => street.id),
      ...[known.institutions, known.teachers, known.venues, known.courses, known.lectureSeries].flatMap((list) =>
        list.edges.map((edge) => edge.node.id),
      ),
    ],
    slugs: [...known.courses.edges, ...known.lectureSeries.edges].map((edge) => edge.node.slug),
    words: known.teachers.edges.map((edge) => edge.node.name.slice(0, 2)),
  }
  const password = `fuzz password ${SEED}`
  const account = async (
    role: Exclude<Role, 'anonymous' | 'service'>,
    extra: Record<string, string>,
  ): Promise<Credentials> => {
    const email = `fuzz-${role}@example.org`
    await payload.create({ collection: 'users', data: { email, password, role, ...extra }, overrideAccess: true })
    const { token } = await payload.login({ collection: 'users', data: { email, password } })
    return { authorization: `JWT ${token}` }
  }
  const apiKey = `fuzz-service-key-${SEED}`
  await payload.create({
    collection: 'users',
    data: {
      email: 'fuzz-service@example.org',
      password,
      role: 'service',
      sourceSystem: 'fuzz',
      enableAPIKey: true,
      apiKey,
    },
    overrideAccess: true,
  })
  const credentials: Record<Role, Credentials> = {
    anonymous: {},
    editor: await account('editor', {}),
    coordinator: await account('coordinator', { street: known.streets[0]!.id }),
    partner: await account('partner', { institution: 'seed:partner-zjut' }),
    service: { authorization: `users API-Key ${apiKey}` },
  }
  const signedInRoles: Role[] = ['editor', 'coordinator', 'partner', 'service']
  const schema = await hubSchema()
  log(
    `${samples.ids.length} known ids, ${samples.slugs.length} slugs; seed ${SEED}; ${QUERIES} graph operations and ${REST} REST requests at concurrency ${CONCURRENCY}, for at most ${GRAPH_MS / 60_000} + ${REST_MS / 60_000} minutes`,
  )

  // The graph.
  const graph = tally()
  const graphStarted = performance.now()
  await pool(QUERIES, GRAPH_MS, async (index) => {
    const random: Random = seededRandom(SEED * 1_000_003 + index)
    const operation: GraphOperation = randomGraphOperation(schema, random, samples)
    const role: Role = random.chance(SIGNED_IN) ? random.pick(signedInRoles) : 'anonymous'
    const response = await fetch(hubUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentials[role] },
      body: JSON.stringify(operation),
    })
    const text = await response.text()
    graph.sent++
    bump(graph.byStatus, response.status)
    let codes: string[] = []
    try {
      codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map(
        (error) => error.extensions?.code ?? '(none)',
      )
    } catch {
      codes = ['(not JSON)']
    }
    for (const code of new Set(codes)) bump(graph.byCode, code)
    const failed =
      (response.status >= 500 && response.status !== 503) ||
      codes.includes('INTERNAL_SERVER_ERROR') ||
      codes.includes('(not JSON)')
    if (failed) {
      graph.failures++
      if (graph.examples.length < 5)
        graph.examples.push(
          `#${index} as ${role}: ${response.status} ${text.slice(0, 200)}\n    ${JSON.stringify(operation).slice(0, 600)}`,
        )
    }
    if (graph.sent % 1000 === 0) log(`graph: ${graph.sent} sent (${seconds(graphStarted)}), ${graph.failures} failed`)
  })
  const graphSeconds = (performance.now() - graphStarted) / 1000

  // Payload's REST API: every collection each role may list.
  const rest = tally()
  const targets: { role: Role; slug: string }[] = []
  for (const role of ['anonymous', ...signedInRoles] as Role[]) {
    for (const collection of payload.config.collections) {
      const probe = await fetch(`${apiUrl}/${collection.slug}?limit=1&depth=0`, { headers: credentials[role] })
      await probe.text()
      if (probe.status === 200) targets.push({ role, slug: collection.slug })
    }
  }
  log(
    `REST: ${targets.length} (role, collection) pairs may be listed: ${targets.map((target) => `${target.role}/${target.slug}`).join(', ')}`,
  )
  const restStarted = performance.now()
  await pool(targets.length ? REST : 0, REST_MS, async (index) => {
    const random = seededRandom(SEED * 7_000_003 + index)
    const target = targets[index % targets.length]!
    const fields = payload.config.collections.find((collection) => collection.slug === target.slug)!.flattenedFields
    const query = randomRestQuery(random, fields)
    const response = await fetch(`${apiUrl}/${target.slug}?${query}`, { headers: credentials[target.role] })
    const text = await response.text()
    rest.sent++
    bump(rest.byStatus, response.status)
    if (response.status >= 500) {
      rest.failures++
      if (rest.examples.length < 5)
        rest.examples.push(
          `#${index} ${target.role} GET /api/${target.slug}?${decodeURIComponent(query).slice(0, 300)}\n    ${response.status} ${text.slice(0, 200)}`,
        )
    }
  })
  const restSeconds = (performance.now() - restStarted) / 1000

  const counts = (map: Map<string | number, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => `${key} ${count}`)
      .join(', ')
  console.log('')
  console.log(`## Fuzz (seed ${SEED})`)
  console.log('')
  console.log(
    `Graph: ${graph.sent} of ${QUERIES} operations in ${graphSeconds.toFixed(0)} s (${(graph.sent / graphSeconds).toFixed(1)}/s), ${Math.round(SIGNED_IN * 100)}% signed in.`,
  )
  console.log(`  statuses: ${counts(graph.byStatus)}`)
  console.log(`  error codes: ${counts(graph.byCode) || 'none'}`)
  console.log(
    `  5xx (other than 503 TIMEOUT) or INTERNAL_SERVER_ERROR: ${graph.failures}; TIMEOUT: ${graph.byCode.get('TIMEOUT') ?? 0} (warnings counted: ${timeouts}); unexpected errors logged by the hub: ${unexpected.length}`,
  )
  for (const example of graph.examples) console.log(`  - ${example}`)
  for (const error of unexpected.slice(0, 3))
    console.log(`  - logged: ${String(error instanceof Error ? error.stack : error).slice(0, 400)}`)
  console.log(
    `REST: ${rest.sent} of ${REST} requests in ${restSeconds.toFixed(0)} s over ${targets.length} (role, collection) pairs.`,
  )
  console.log(`  statuses: ${counts(rest.byStatus)}`)
  console.log(`  500s: ${rest.failures}`)
  for (const example of rest.examples) console.log(`  - ${example}`)
  if (graph.failures || unexpected.length || rest.failures) exitCode = 1
} catch (error) {
  console.error('[fuzz] failed:', error)
  exitCode = 1
} finally {
  await shutdown()
}
// Payload and the driver may keep timers alive after everything is closed.
process.exit(exitCode)
