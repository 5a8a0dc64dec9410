/**
 * `npm run bench`: the public graph's read operations under load, side by
 * side with Payload's own APIs on the same data, in one run on a fresh
 * embedded database, at each registry scale asked for. For each documented
 * public read it times N requests against the hub reading its in-memory read
 * model, the same hub on its database path, and, where Payload has an
 * equivalent, a query of the depth Payload can answer against its
 * /api/graphql and its REST API (depth 1); it prints latency percentiles,
 * throughput, failures, database commands per request and each server's
 * memory, then how long a publish takes to show and what the read model
 * costs to load and hold. Each server under load runs in a process of its
 * own (benchServer.ts), as in a deployment.
 *
 *   npm run bench -- --scales 1,10 --requests 60 --warmup 5 --concurrency 8 --page 20 --only search,venues
 */
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import type { Db } from 'mongodb'
import { getPayload, type Payload } from 'payload'
import { createPayloadConfig } from '../../../cms/config/createPayloadConfig.ts'
import { seedCollectionContent } from '../../../seeds/content/seedCollections.ts'
import { seedCourseContent } from '../../../seeds/content/seedCourses.ts'
import { seedSeriesContent } from '../../../seeds/content/seedSeries.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { startHub } from '../../app.ts'
import { hubVersion } from '../../config/hubVersion.ts'
import { limits } from '../../config/limits.ts'
import { detectServer } from '../../database/flavor.ts'
import { connectMongo, withDatabaseName } from '../../database/mongo.ts'
import { REGISTRY_COLLECTIONS } from '../../registry/shared/collections.ts'
import { ReadModel } from '../../readModel/readModel.ts'
import type { LoadJob, LoadResult } from './loadWorker.ts'
import { BENCH_SECRET, spawnBenchServer, type BenchServerStats } from './spawnBenchServer.ts'
import v8 from 'node:v8'
import vm from 'node:vm'
import { scratchDatabase } from './scratchDatabase.ts'

const { values: flags } = parseArgs({
  options: {
    /** Registry copies to measure at, in order (seeds/registry/scale.ts); the content seeds (80 courses, 12 series, 8 collections) do not scale. */
    scales: { type: 'string', default: '1,10' },
    requests: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    /** Page size of every list operation, on both servers. */
    page: { type: 'string', default: '20' },
    /** Comma-separated operation names, to run only some. */
    only: { type: 'string' },
  },
})

const positive = (name: string, value: string | undefined) => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} takes a positive integer, got ${value}`)
  return number
}
const SCALES = flags.scales!.split(',').map((scale) => positive('scales', scale.trim()))
const REQUESTS = positive('requests', flags.requests)
const WARMUP = positive('warmup', flags.warmup)
const CONCURRENCY = positive('concurrency', flags.concurrency)
const PAGE = positive('page', flags.page)
const ONLY = flags.only ? new Set(flags.only.split(',').map((name) => name.trim())) : null

type Variables = Record<string, unknown>
interface GraphRequest {
  query: string
  variables: Variables
}

/** Ids to rotate through, read from the hub before anything is timed. */
interface Fixtures {
  courseSlugs: string[]
  seriesSlugs: string[]
  collectionSlugs: string[]
  streetIds: string[]
  teacherIds: string[]
}

interface Operation {
  name: string
  /** The documented operation in schema/operations, sent as written. */
  hub: (fixtures: Fixtures) => GraphRequest[]
  /** What Payload can answer of the same story: its own fields, registry ids as plain text. */
  payload?: (fixtures: Fixtures) => GraphRequest[]
  /** The same story from Payload's REST API at depth 1 (relations populated one level), as path and query string. */
  rest?: (fixtures: Fixtures) => { get: string }[]
  /** The hub asked for only what Payload's query asks for (no joins, no facets), to tell the joins' cost from the server's. */
  hubAtPayloadDepth?: (fixtures: Fixtures) => GraphRequest[]
  /** What the two answers differ in, printed under the table. */
  note: string
}

const SEARCH_TERMS = ['运河', '老年', '健康', '手机', '书法', '茶']

const operationText = (name: string) =>
  readFile(new URL(`../../../schema/operations/${name}.graphql`, import.meta.url), 'utf8')

const each =
  <T>(items: T[], variables: (item: T) => Variables) =>
  (query: string) =>
    items.map((item) => ({ query, variables: variables(item) }))

// Payload's side: published documents only, Chinese, the same page size and the scalar fields the hub's page shows.
const PUBLISHED = '_status: { equals: published }'

/** A REST list of published documents at depth 1, in Chinese, with `where` equalities and other parameters. */
function rest(
  collection: string,
  parameters: Record<string, string | number>,
  equals: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ 'where[_status][equals]': 'published', depth: '1', locale: 'zh' })
  for (const [field, value] of Object.entries(equals)) query.set(`where[${field}][equals]`, value)
  for (const [name, value] of Object.entries(parameters)) query.set(name, String(value))
  return `/api/${collection}?${query.toString()}`
}
const PAYLOAD_COURSE_FIELDS =
  'id slug title summary topics audiences mode creditHours durationMinutes cover { url } free price updatedAt'
const HUB_COURSE_FIELDS =
  'id slug title(locale: ZH) summary(locale: ZH) topics audiences mode creditHours durationMinutes coverUrl free priceCny publishedAt'

async function operations(): Promise<Operation[]> {
  const documents = Object.fromEntries(
    await Promise.all(
      [
        'courseCatalogue',
        'courseDetail',
        'seriesCatalogue',
        'seriesDetail',
        'streetCalendar',
        'collections',
        'collectionPage',
        'search',
        'institutions',
        'teachers',
        'venues',
        'teacherPage',
        'streetOverview',
      ].map(async (name) => [name, await operationText(name)] as const),
    ),
  )
  const list =
    (name: string, variables: Variables = {}) =>
    () => [{ query: documents[name]!, variables: { first: PAGE, ...variables } }]
  const all: Operation[] = [
    {
      name: 'courseCatalogue',
      hub: list('courseCatalogue'),
      payload: () => [
        {
          query: `query($limit: Int) { Courses(where: { ${PUBLISHED} }, limit: $limit, sort: "title", locale: zh) { totalDocs hasNextPage docs { ${PAYLOAD_COURSE_FIELDS} provider } } }`,
          variables: { limit: PAGE },
        },
      ],
      rest: () => [{ get: rest('courses', { limit: PAGE, sort: 'title' }) }],
      hubAtPayloadDepth: () => [
        {
          query: `query($first: Int) { courses(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${HUB_COURSE_FIELDS} } } } }`,
          variables: { first: PAGE },
        },
      ],
      note: 'hub adds facet counts and joins each provider; Payload returns the provider id as text',
    },
    {
      name: 'courseDetail',
      hub: (f) => each(f.courseSlugs, (slug) => ({ slug }))(documents.courseDetail!),
      payload: (f) =>
        each(f.courseSlugs, (slug) => ({ slug }))(
          `query($slug: String!) { Courses(where: { slug: { equals: $slug }, ${PUBLISHED} }, limit: 1, locale: zh) { docs { ${PAYLOAD_COURSE_FIELDS} provider teachers } } }`,
        ),
      rest: (f) => f.courseSlugs.map((slug) => ({ get: rest('courses', { limit: 1 }, { slug }) })),
      hubAtPayloadDepth: (f) =>
        each(f.courseSlugs, (slug) => ({ slug }))(
          `query($slug: String!) { course(slug: $slug) { ${HUB_COURSE_FIELDS} } }`,
        ),
      note: 'hub joins provider (with street), teachers (with institution) and the collections that include the course; Payload returns ids as text and no reverse edge',
    },
    {
      name: 'seriesCatalogue',
      hub: list('seriesCatalogue'),
      payload: () => [
        {
          query: `query($limit: Int) { LectureSeries(where: { ${PUBLISHED} }, limit: $limit, sort: "title", locale: zh) { totalDocs hasNextPage docs { id slug brand title topics audiences sessions { startsAt endsAt } } } }`,
          variables: { limit: PAGE },
        },
      ],
      rest: () => [{ get: rest('lecture-series', { limit: PAGE, sort: 'title' }) }],
      note: 'hub adds facet counts and reads first/last session times from the read model; Payload returns every session time for the client to reduce',
    },
    {
      name: 'seriesDetail',
      hub: (f) => each(f.seriesSlugs, (slug) => ({ slug }))(documents.seriesDetail!),
      payload: (f) =>
        each(f.seriesSlugs, (slug) => ({ slug }))(
          `query($slug: String!) { LectureSeries(where: { slug: { equals: $slug }, ${PUBLISHED} }, limit: 1, locale: zh) { docs { id slug brand title summary topics audiences cover { url } sessions { id title startsAt endsAt status capacity onlineUrl venue teachers } } } }`,
        ),
      rest: (f) => f.seriesSlugs.map((slug) => ({ get: rest('lecture-series', { limit: 1 }, { slug }) })),
      hubAtPayloadDepth: (f) =>
        each(f.seriesSlugs, (slug) => ({ slug }))(
          `query($slug: String!) { series(slug: $slug) { id slug brand title(locale: ZH) summary(locale: ZH) topics audiences coverUrl sessions { id title(locale: ZH) startsAt endsAt status capacity onlineUrl } } }`,
        ),
      note: "hub joins each session's venue (with street) and teachers and the including collections; Payload returns venue and teacher ids as text",
    },
    {
      name: 'streetCalendar',
      hub: (f) => each(f.streetIds, (street) => ({ street, first: PAGE }))(documents.streetCalendar!),
      note: "no Payload equivalent: a street's sessions are found through the registry's venues",
    },
    {
      name: 'collections',
      hub: list('collections'),
      payload: () => [
        {
          query: `query($limit: Int) { CourseCollections(where: { ${PUBLISHED} }, limit: $limit, sort: "title", locale: zh) { totalDocs hasNextPage docs { id slug title theme audiences cover { url } } } }`,
          variables: { limit: PAGE },
        },
      ],
      rest: () => [{ get: rest('course-collections', { limit: PAGE, sort: 'title' }) }],
      note: 'same depth on both',
    },
    {
      name: 'collectionPage',
      hub: (f) => each(f.collectionSlugs, (slug) => ({ slug }))(documents.collectionPage!),
      payload: (f) =>
        each(f.collectionSlugs, (slug) => ({ slug }))(
          `query($slug: String!) { CourseCollections(where: { slug: { equals: $slug }, ${PUBLISHED} }, limit: 1, locale: zh) { docs { id slug title theme intro audiences cover { url } items { relationTo value { __typename ... on Course { id slug title creditHours free provider } ... on LectureSery { id slug brand title sessions { startsAt endsAt } } } } } } }`,
        ),
      rest: (f) => f.collectionSlugs.map((slug) => ({ get: rest('course-collections', { limit: 1 }, { slug }) })),
      note: "both populate the items; hub also joins each course's provider and drops unpublished items; Payload returns the provider id as text",
    },
    {
      name: 'search',
      hub: () => each(SEARCH_TERMS, (q) => ({ q }))(documents.search!),
      payload: () =>
        each(SEARCH_TERMS, (q) => ({ q }))(
          `query($q: String!) {
            courses: Courses(where: { AND: [{ ${PUBLISHED} }, { OR: [{ title: { contains: $q } }, { summary: { contains: $q } }] }] }, limit: 10, locale: zh) { docs { id slug title } }
            series: LectureSeries(where: { AND: [{ ${PUBLISHED} }, { OR: [{ title: { contains: $q } }, { summary: { contains: $q } }] }] }, limit: 10, locale: zh) { docs { id slug title } }
          }`,
        ),
      rest: () =>
        SEARCH_TERMS.map((q) => ({
          get: rest('courses', { limit: 10, 'where[or][0][title][contains]': q, 'where[or][1][summary][contains]': q }),
        })),
      note: 'hub searches courses, series, teachers and venues in both languages; Payload GraphQL only courses and series, Payload REST only courses, Chinese fields',
    },
    { name: 'institutions', hub: list('institutions'), note: 'registry only: no Payload equivalent' },
    { name: 'teachers', hub: list('teachers'), note: 'registry only: no Payload equivalent' },
    { name: 'venues', hub: list('venues'), note: 'registry only: no Payload equivalent' },
    {
      name: 'teacherPage',
      hub: (f) => each(f.teacherIds, (id) => ({ id }))(documents.teacherPage!),
      note: "no Payload equivalent: a registry teacher with the catalogue's courses and sessions",
    },
    {
      name: 'streetOverview',
      hub: () => [{ query: documents.streetOverview!, variables: {} }],
      note: 'registry and catalogue per street: no Payload equivalent',
    },
  ]
  return ONLY ? all.filter((operation) => ONLY.has(operation.name)) : all
}

/** What a server's database commands were between two readings of its stats, per request, by command name. */
function commandsSince(before: BenchServerStats, after: BenchServerStats, requests: number) {
  const byName = Object.entries(after.byName)
    .map(([name, count]) => [name, (count - (before.byName[name] ?? 0)) / requests] as const)
    .filter(([, perRequest]) => perRequest > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, perRequest]) => `${name} ${round(perRequest)}`)
  return { perRequest: (after.total - before.total) / requests, byName: byName.join(', ') }
}

const round = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1))

function percentile(sorted: number[], p: number): number {
  // Nearest rank: the smallest latency at or above p percent of the requests.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** One job at a time on the load worker. */
function loadRunner() {
  // On Node 20 a worker does not inherit tsx's loader hooks, so it loads the TypeScript module through tsx's API.
  const file = new URL('./loadWorker.ts', import.meta.url).href
  const worker = new Worker(
    `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(import.meta.url)}))`,
    { eval: true },
  )
  let failure: Error | null = null
  let pending: ((error: Error) => void) | null = null
  const fail = (error: Error) => {
    failure ??= error
    pending?.(failure)
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`the load worker stopped (exit code ${code})`)))
  return {
    run: (job: LoadJob) =>
      new Promise<LoadResult>((resolve, reject) => {
        if (failure) return reject(failure)
        pending = reject
        worker.once('message', (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
          pending = null
          if (message.ok) resolve(message.result)
          else reject(new Error(message.error))
        })
        worker.postMessage(job)
      }),
    stop: async () => {
      worker.removeAllListeners('exit')
      await worker.terminate()
    },
  }
}

type Server = 'hub (read model)' | 'hub (database)' | 'hub at Payload depth' | 'payload graphql' | 'payload REST'

interface Row {
  scale: number
  operation: string
  server: Server
  p50: number
  p99: number
  rps: number
  commandsPerRequest: number
  commandsByName: string
  rssMiB: number
  kibPerAnswer: number
  failed: number
}

const mib = (bytes: number) => bytes / 1024 / 1024
const log = (line: string) => console.log(`[bench] ${line}`)

const { database, onShutdown, shutdown } = await scratchDatabase('bench')
let exitCode = 0
try {
  const uri = withDatabaseName(database.uri, 'bench_graph')
  // The hubs of this process serve the fixtures and the publish-to-visible figures; the ones under load run apart.
  const memoryMongo = await connectMongo(uri)
  const databaseMongo = await connectMongo(uri)
  const replicaMongo = await connectMongo(uri)
  onShutdown(() => Promise.all([memoryMongo.close(), databaseMongo.close(), replicaMongo.close()]))
  const { flavor } = await detectServer(memoryMongo.db)

  // The content names only the district's own registry records, so it is published against the registry at its real
  // size and the copies are added afterwards: the same data in the end, without every publish check scanning the
  // scaled registry (FerretDB's SQLite backend answers `_id: { $in }` with a full scan).
  let started = performance.now()
  await seedRegistry(memoryMongo.db)

  // This process's Payload publishes the content; the one under load is another process's.
  const config = createPayloadConfig({ databaseUri: uri, flavor, secret: BENCH_SECRET, logLevel: 'error', jobs: false })
  const payload = await getPayload({ config })
  onShutdown(() => payload.destroy())
  log(`registry at its real size and Payload ready (${((performance.now() - started) / 1000).toFixed(1)} s)`)

  started = performance.now()
  const courses = await seedCourseContent(payload)
  const series = await seedSeriesContent(payload)
  const collections = await seedCollectionContent(payload)
  log(
    `content through Payload: ${courses.added} courses, ${series.added} lecture series (${series.sessions} sessions), ${collections.added} collections published (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )

  const editor = { email: 'bench-editor@example.org', password: 'bench editor password' }
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' }, overrideAccess: true })
  const { token } = await payload.login({ collection: 'users', data: editor })
  if (!token) throw new Error('the bench editor could not sign in')

  // Under load a query may pass its time limit; one is printed, the rest show as failed requests in the table.
  let hubErrors = 0
  const hubLog = (error: unknown) => {
    if (hubErrors++ === 0) console.error(`[hub] unexpected error (later ones are only counted): ${String(error)}`)
  }
  const hubOptions = { port: 0, host: '127.0.0.1', log: hubLog } as const
  const memoryHub = await startHub({ db: memoryMongo.db, payload, hubVersion }, { ...hubOptions, readModel: 'memory' })
  const databaseHub = await startHub(
    { db: databaseMongo.db, payload, hubVersion },
    { ...hubOptions, readModel: 'database' },
  )
  // A replica that learns of this process's publishes only by polling, as one on another machine would.
  const replicaHub = await startHub(
    { db: replicaMongo.db, payload, hubVersion },
    { ...hubOptions, readModel: 'memory', readModelOptions: { followLocalCommits: false } },
  )
  onShutdown(() => Promise.all([memoryHub.stop(), databaseHub.stop(), replicaHub.stop()]))
  const local = (url: string) => url.replace('//localhost:', '//127.0.0.1:')

  // The servers under load, each in a process of its own: Payload's own /api/graphql and REST handlers (the ones
  // the admin app's routes export) on plain node servers, and the hub on each of its two paths.
  started = performance.now()
  const [memoryServer, databaseServer, payloadServer] = await Promise.all([
    spawnBenchServer('hub-memory', uri),
    spawnBenchServer('hub-database', uri),
    spawnBenchServer('payload', uri),
  ])
  onShutdown(() => Promise.all([memoryServer.stop(), databaseServer.stop(), payloadServer.stop()]))
  log(`servers under load started, one process each (${((performance.now() - started) / 1000).toFixed(1)} s)`)

  const anonymous = { 'content-type': 'application/json' }
  const signedIn = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const targets: Record<Server, { url: string; headers: Record<string, string>; server: typeof memoryServer }> = {
    'hub (read model)': { url: memoryServer.urls.graphql!, headers: anonymous, server: memoryServer },
    'hub (database)': { url: databaseServer.urls.graphql!, headers: anonymous, server: databaseServer },
    'hub at Payload depth': { url: memoryServer.urls.graphql!, headers: anonymous, server: memoryServer },
    'payload graphql': { url: payloadServer.urls.graphql!, headers: signedIn, server: payloadServer },
    'payload REST': { url: payloadServer.urls.rest!, headers: signedIn, server: payloadServer },
  }
  const load = loadRunner()
  onShutdown(() => load.stop())

  const rows: Row[] = []
  const facts: RunFacts[] = []
  const failures: string[] = []
  const ops = await operations()
  for (const [index, scale] of SCALES.entries()) {
    if (scale > 1 || index > 0) {
      started = performance.now()
      await seedRegistry(memoryMongo.db, scale)
      log(`registry scaled to ${scale} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
    }
    const registry = await registrySize(memoryMongo.db)
    const readModel = await measureReadModel(memoryMongo.db)
    log(
      `read model at scale ${scale}: ${readModel.documents} documents, loaded in ${readModel.loadMs.toFixed(0)} ms, ${readModel.heapMiB.toFixed(1)} MiB of heap; idle poll ${readModel.idlePollMs.toFixed(2)} ms`,
    )
    const visible = await publishToVisible(payload, {
      'hub (read model), same process': local(memoryHub.url),
      'hub replica (polling)': local(replicaHub.url),
      'hub (database)': local(databaseHub.url),
    })
    for (const [server, latencies] of Object.entries(visible))
      log(`publish to visible on ${server}: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms`)

    const fixtures = await readFixtures(local(memoryHub.url))
    log(
      `scale ${scale}: ${ops.length} operations, ${WARMUP} warm-up + ${REQUESTS} timed requests each at concurrency ${CONCURRENCY}, pages of ${PAGE}`,
    )
    for (const operation of ops) {
      const variants: Array<[Server, ((f: Fixtures) => LoadJob['requests']) | undefined]> = [
        ['hub (read model)', operation.hub],
        ['hub (database)', operation.hub],
        ['hub at Payload depth', operation.hubAtPayloadDepth],
        ['payload graphql', operation.payload],
        ['payload REST', operation.rest],
      ]
      for (const [server, build] of variants) {
        if (!build) continue
        const requests = build(fixtures)
        if (requests.length === 0) throw new Error(`${operation.name}: no fixtures to send`)
        const { server: serverProcess, ...target } = targets[server]
        const warm = await load.run({ ...target, requests, count: WARMUP, concurrency: CONCURRENCY })
        // Every warm-up request failing on the read model means a broken query, not a slow server: nothing worth
        // timing. The database path sends the same query, so there it is a result (time-outs), shown as failures.
        if (warm.failed === WARMUP && server !== 'hub (database)')
          throw new Error(`${operation.name} on ${server} failed while warming up: ${warm.failures.join(' | ')}`)
        const before = await serverProcess.readStats()
        const result = await load.run({ ...target, requests, count: REQUESTS, concurrency: CONCURRENCY })
        const after = await serverProcess.readStats()
        const commands = commandsSince(before, after, REQUESTS)
        // Failures under load (a query over its time limit) are a result: counted and shown, not hidden.
        if (result.failed)
          failures.push(
            `scale ${scale}, ${operation.name} (${server}): ${result.failed} of ${REQUESTS} failed, e.g. ${result.failures[0]}`,
          )
        const sorted = [...result.latenciesMs].sort((a, b) => a - b)
        const row: Row = {
          scale,
          operation: operation.name,
          server,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          rps: REQUESTS / (result.wallMs / 1000),
          commandsPerRequest: commands.perRequest,
          commandsByName: commands.byName,
          rssMiB: mib(after.rssBytes),
          kibPerAnswer: result.bytes / REQUESTS / 1024,
          failed: result.failed,
        }
        rows.push(row)
        log(
          `${operation.name.padEnd(16)} ${server.padEnd(20)} p50 ${row.p50.toFixed(1).padStart(7)} ms  p99 ${row.p99.toFixed(1).padStart(7)} ms  ${row.rps.toFixed(0).padStart(5)} req/s  ${round(row.commandsPerRequest).padStart(5)} cmds/req  rss ${row.rssMiB.toFixed(0)} MiB${row.failed ? `  ${row.failed} failed` : ''}`,
        )
      }
    }
    facts.push({
      kind: database.kind,
      scale,
      registry,
      courses: courses.added,
      series: series.added,
      sessions: series.sessions,
      collections: collections.added,
      readModel,
      visible,
    })
  }

  printReport(rows, ops, failures, facts)
} catch (error) {
  console.error('[bench] failed:', error)
  exitCode = 1
} finally {
  await shutdown()
}
// Payload and the driver may keep timers alive after everything is closed.
process.exit(exitCode)

async function readFixtures(hubUrl: string): Promise<Fixtures> {
  const ask = async <T>(query: string): Promise<T> => {
    const response = await fetch(hubUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const answer = (await response.json()) as { data?: T; errors?: unknown }
    if (!answer.data) throw new Error(`fixtures: ${JSON.stringify(answer.errors)}`)
    return answer.data
  }
  const slugs = (connection: { edges: { node: { slug: string } }[] }) => connection.edges.map((edge) => edge.node.slug)
  const courses = await ask<{ courses: { edges: { node: { slug: string; teachers: { id: string }[] } }[] } }>(
    `{ courses(first: ${limits.pagination.maxPageSize}) { edges { node { slug teachers { id } } } } }`,
  )
  const rest = await ask<{
    lectureSeries: { edges: { node: { slug: string } }[] }
    collections: { edges: { node: { slug: string } }[] }
    streets: { id: string }[]
  }>(
    `{ lectureSeries(first: ${limits.pagination.maxPageSize}) { edges { node { slug } } } collections(first: ${limits.pagination.maxPageSize}) { edges { node { slug } } } streets { id } }`,
  )
  const teacherIds = [
    ...new Set(courses.courses.edges.flatMap((edge) => edge.node.teachers.map((teacher) => teacher.id))),
  ].slice(0, 40)
  return {
    courseSlugs: slugs(courses.courses),
    seriesSlugs: slugs(rest.lectureSeries),
    collectionSlugs: slugs(rest.collections),
    streetIds: rest.streets.map((street) => street.id),
    teacherIds,
  }
}

interface RunFacts {
  kind: string
  scale: number
  registry: { institutions: number; teachers: number; venues: number }
  courses: number
  series: number
  sessions: number
  collections: number
  readModel: ReadModelCost
  /** Milliseconds from a publish returning to the new title in each hub's answer, per try. */
  visible: Record<string, number[]>
}

interface ReadModelCost {
  documents: number
  loadMs: number
  heapMiB: number
  idlePollMs: number
}

async function registrySize(db: Db): Promise<RunFacts['registry']> {
  const count = (name: string) => db.collection(name).countDocuments({})
  return {
    institutions: await count(REGISTRY_COLLECTIONS.institutions),
    teachers: await count(REGISTRY_COLLECTIONS.teachers),
    venues: await count(REGISTRY_COLLECTIONS.venues),
  }
}

/** Loads a read model of its own: how long it takes, the heap it keeps (after a full collection) and what an idle poll costs. */
async function measureReadModel(db: Db): Promise<ReadModelCost> {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const model = await ReadModel.start(db, { pollIntervalMs: 3_600_000 })
  const loadMs = performance.now() - started
  gc()
  const heapMiB = mib(process.memoryUsage().heapUsed - heapBefore)
  const polls: number[] = []
  for (let n = 0; n < 20; n++) {
    const sent = performance.now()
    await model.refresh()
    polls.push(performance.now() - sent)
  }
  const documents = model.status().documents
  model.stop()
  return {
    documents,
    loadMs,
    heapMiB,
    idlePollMs: percentile(
      [...polls].sort((a, b) => a - b),
      50,
    ),
  }
}

/** Publishes a new title of one course five times through Payload and times until each hub answers with it. */
async function publishToVisible(payload: Payload, hubs: Record<string, string>): Promise<Record<string, number[]>> {
  const { docs } = await payload.find({
    collection: 'courses',
    where: { _status: { equals: 'published' } },
    limit: 1,
    sort: 'title',
    overrideAccess: true,
  })
  const course = docs[0]
  if (!course) throw new Error('no published course to republish')
  const results: Record<string, number[]> = Object.fromEntries(Object.keys(hubs).map((name) => [name, []]))
  for (let attempt = 1; attempt <= 5; attempt++) {
    const title = `${String(course.title).replace(/（第\d+版）$/, '')}（第${attempt}版）`
    await payload.update({
      collection: 'courses',
      id: course.id,
      data: { _status: 'published', title },
      locale: 'zh',
      overrideAccess: true,
    })
    const published = performance.now()
    await Promise.all(
      Object.entries(hubs).map(async ([name, url]) => {
        for (;;) {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: `{ course(id: "${course.id}") { title } }` }),
          })
          const answer = (await response.json()) as { data?: { course: { title: string } | null } }
          if (answer.data?.course?.title === title) break
          if (performance.now() - published > 30_000) throw new Error(`${name} did not show the new title within 30 s`)
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
        results[name]!.push(performance.now() - published)
      }),
    )
  }
  return results
}

function printReport(rows: Row[], ops: Operation[], failures: string[], allFacts: RunFacts[]) {
  const ms = (value: number) => value.toFixed(1)
  const times = (slow: number | undefined, fast: number) =>
    slow !== undefined && fast > 0 ? `${(slow / fast).toFixed(1)}×` : ''
  const lines: string[] = []
  for (const facts of allFacts) {
    lines.push(
      `Public reads on ${facts.kind === 'ferretdb' ? 'FerretDB 1.24.2 (SQLite)' : facts.kind}, registry scale ${facts.scale} ` +
        `(${facts.registry.institutions} institutions, ${facts.registry.teachers} teachers, ${facts.registry.venues} venues), ` +
        `${facts.courses} courses, ${facts.series} lecture series (${facts.sessions} sessions), ${facts.collections} collections; ` +
        `${REQUESTS} timed requests per row after ${WARMUP} warm-up, concurrency ${CONCURRENCY}, pages of ${PAGE}, Node ${process.version}, ${os.cpus().length} cores.`,
    )
    lines.push('')
    lines.push(
      '| operation | server | p50 ms | p99 ms | req/s | failed | db commands/req | RSS MiB after | KiB/answer | Payload GraphQL p50 ÷ this | Payload REST p50 ÷ this | Payload GraphQL p99 ÷ this | Payload REST p99 ÷ this |',
    )
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const row of rows.filter((candidate) => candidate.scale === facts.scale)) {
      const of = (server: Server) =>
        rows.find((other) => other.scale === row.scale && other.operation === row.operation && other.server === server)
      const hubRow = row.server.startsWith('hub')
      const graphqlRow = hubRow ? of('payload graphql') : undefined
      const restRow = hubRow ? of('payload REST') : undefined
      lines.push(
        `| ${row.operation} | ${row.server} | ${ms(row.p50)} | ${ms(row.p99)} | ${row.rps.toFixed(0)} | ${row.failed} | ${round(row.commandsPerRequest)} | ${row.rssMiB.toFixed(0)} | ${row.kibPerAnswer.toFixed(1)} | ` +
          `${times(graphqlRow?.p50, row.p50)} | ${times(restRow?.p50, row.p50)} | ${times(graphqlRow?.p99, row.p99)} | ${times(restRow?.p99, row.p99)} |`,
      )
    }
    lines.push('')
    const cost = facts.readModel
    lines.push(
      `Read model at scale ${facts.scale}: ${cost.documents} documents, loaded in ${cost.loadMs.toFixed(0)} ms, ${cost.heapMiB.toFixed(1)} MiB of heap, an idle poll ${cost.idlePollMs.toFixed(2)} ms (p50 of 20).`,
    )
    lines.push('')
    lines.push(
      `Publish to visible at scale ${facts.scale} (a course republished through Payload, five times; ms from the publish returning to the new title in the answer):`,
    )
    lines.push('')
    for (const [server, latencies] of Object.entries(facts.visible))
      lines.push(
        `- ${server}: ${latencies.map((value) => value.toFixed(0)).join(', ')} (max ${Math.max(...latencies).toFixed(0)})`,
      )
    lines.push('')
  }
  if (failures.length) {
    lines.push('Failed requests (their latencies are in the percentiles):')
    lines.push('')
    for (const failure of failures) lines.push(`- ${failure}`)
    lines.push('')
  }
  lines.push('Database commands per request, by command:')
  lines.push('')
  for (const row of rows)
    lines.push(`- scale ${row.scale}, ${row.operation} (${row.server}): ${row.commandsByName || 'none'}`)
  lines.push('')
  lines.push('What each pair compares:')
  lines.push('')
  for (const operation of ops) lines.push(`- ${operation.name}: ${operation.note}.`)
  lines.push('')
  lines.push('Notes:')
  lines.push('')
  lines.push(
    "- Payload cannot join registry data (providers, teachers and venues are registry ids stored as text), so its queries ask for the depth Payload can answer (GraphQL) or populate one level (REST, depth 1); the hub's rows are the documented operations as written, and the 'hub at Payload depth' rows ask the hub for the same fields as Payload's GraphQL query (no joins, no facets).",
  )
  lines.push(
    "- 'hub (read model)' answers from the in-memory read model; 'hub (database)' is the same hub on its fallback path (HUB_READ_MODEL=database), reading the database through per-request loaders. The read model's polls of the change log's head run in the background and are not counted as request commands.",
  )
  lines.push(
    "- Every request is sent anew with no persisted-query hash. The hub's cache-control headers are hints for CDNs only: it keeps no server-side response cache.",
  )
  lines.push(
    "- Hub requests are anonymous (public reads). Payload's collections are editor-only, so its requests carry an editor's JWT, and Payload looks the user up on each request: those commands are in its count.",
  )
  lines.push(
    "- Each server under load runs in a process of its own (the hub on its read model, the hub on its database path, Payload's GraphQL and REST together), on the same machine as the load generator and the database; RSS is that server's process after its row.",
  )
  lines.push(
    "- 'hub replica (polling)' learns of a publish only through the change log's head, as a replica on another machine does; the others are in the publishing process.",
  )
  lines.push(
    '- Figures come from a shared 2-core machine with other work running; compare rows within one run, not across runs.',
  )
  console.log('\n' + lines.join('\n'))
}
