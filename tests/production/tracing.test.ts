/**
 * OpenTelemetry tracing of the compiled hub (`npm start`'s command, one
 * graph process reading the database): with OTEL_EXPORTER_OTLP_ENDPOINT set
 * it sends a real local OTLP/HTTP receiver the trace of a named GraphQL
 * operation, with the database commands it sent in the same trace, and on
 * SIGTERM it sends the spans it still held before it exits; without the
 * variable a process sends nothing, even with the traces endpoint pointing
 * at the receiver. The dev launcher (server/cli/run.mjs, TypeScript under
 * tsx) preloads the same tracing.
 */
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { projectRoot } from '../../server/config/env.ts'
import { freshDatabase, type TestDatabase } from '../support/database.ts'
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../support/otlpReceiver.ts'
import { ensureCompiled, startRole, type StartedRole } from '../support/production.ts'
import { eventually } from '../support/webhookReceiver.ts'

/** A course id that is not in the database: the query still looks it up there. */
const UNKNOWN_COURSE = '65f0c0ffee0000000000beef'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let receiver: OtlpReceiver
const started: StartedRole[] = []

beforeAll(async () => {
  await ensureCompiled()
  database = await freshDatabase('production_tracing')
  receiver = await startOtlpReceiver()
}, 600_000)

afterAll(async () => {
  for (const role of started) await role.stop()
  await receiver?.close()
  await database?.dropAndClose()
})

async function startGraph(env: Record<string, string>): Promise<StartedRole> {
  const graph = await startRole('graph', database.uri, { HUB_READ_MODEL: 'database', OTEL_SERVICE_NAME: '', ...env })
  started.push(graph)
  return graph
}

/** The id goes as a variable, or `inline` as a literal in the query text. */
async function askCourse(graphUrl: string, operationName: string, inline = false): Promise<unknown> {
  const query = inline
    ? `query ${operationName} { course(id: "${UNKNOWN_COURSE}") { title } }`
    : `query ${operationName}($id: ID!) { course(id: $id) { title } }`
  const response = await fetch(graphUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName, variables: inline ? {} : { id: UNKNOWN_COURSE } }),
  })
  expect(response.status).toBe(200)
  return response.json()
}

const isMongo = (span: ReceivedSpan) =>
  (span.attributes['db.system'] ?? span.attributes['db.system.name']) === 'mongodb'

/** The spans of the trace that carries the named operation's GraphQL span. */
function traceOf(operationName: string): {
  graphql: ReceivedSpan | undefined
  mongo: ReceivedSpan[]
  all: ReceivedSpan[]
} {
  const graphql = receiver.spans.find((span) => span.attributes['graphql.operation.name'] === operationName)
  const all = graphql ? receiver.spans.filter((span) => span.traceId === graphql.traceId) : []
  return { graphql, mongo: all.filter(isMongo), all }
}

describe('with OTEL_EXPORTER_OTLP_ENDPOINT set', () => {
  let graph: StartedRole

  beforeAll(async () => {
    graph = await startGraph({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint })
  }, 180_000)

  it('sends the trace of a GraphQL operation with its database commands in it', async () => {
    expect(await askCourse(graph.url, 'TracedCourse')).toEqual({ data: { course: null } })
    const trace = await eventually(
      () => traceOf('TracedCourse'),
      (found) => !!found.graphql && found.mongo.length > 0,
    )
    expect(trace.graphql).toBeDefined()
    expect(trace.graphql!.service).toBe('canal-learning-hub-graph')
    expect(trace.mongo.length).toBeGreaterThan(0)
    expect(trace.mongo.map((span) => span.attributes['db.namespace'] ?? span.attributes['db.name'])).toContain(
      new URL(database.uri).pathname.slice(1),
    )
    // The request's HTTP span is the root the GraphQL and database spans hang from.
    expect(trace.all.some((span) => !span.parentSpanId && /POST/.test(span.name))).toBe(true)
    // Values stay out of the spans: the variable's value is in no attribute.
    expect(JSON.stringify(trace.all)).not.toContain(UNKNOWN_COURSE)
    expect(
      receiver.requests.every(
        (request) => request.path === '/v1/traces' && request.contentType.startsWith('application/json'),
      ),
    ).toBe(true)
  })

  it('sends the spans it still holds when it is stopped, literals in the query text masked', async () => {
    expect(await askCourse(graph.url, 'DrainedCourse', true)).toEqual({ data: { course: null } })
    // The batch is sent every 5 s by default; stopping at once leaves only the drain to send it.
    expect(await graph.stop()).toBe(0)
    const trace = traceOf('DrainedCourse')
    expect(trace.graphql).toBeDefined()
    expect(trace.mongo.length).toBeGreaterThan(0)
    expect(trace.graphql!.attributes['graphql.source']).toBe('query DrainedCourse { course(id: "*") { title } }')
    expect(JSON.stringify(trace.all)).not.toContain(UNKNOWN_COURSE)
  })
})

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('sends nothing, even with the traces endpoint set', async () => {
    const before = receiver.requests.length
    const graph = await startGraph({
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.endpoint}/v1/traces`,
    })
    expect(await askCourse(graph.url, 'UntracedCourse')).toEqual({ data: { course: null } })
    expect(await graph.stop()).toBe(0)
    expect(receiver.requests.length).toBe(before)
    expect(traceOf('UntracedCourse').graphql).toBeUndefined()
  })
})

describe('the dev launcher', () => {
  it('traces the TypeScript graph under tsx the same way', async () => {
    const child = spawn(process.execPath, ['server/cli/run.mjs', 'server/cli/start.ts', '--role', 'graph'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        MONGODB_URI: database.uri,
        HUB_PORT: '0',
        HUB_READ_MODEL: 'database',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_SERVICE_NAME: 'hub-under-tsx',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    try {
      const url = await eventually(
        () => /graph ready at (http:\/\/[^\s"]+)/.exec(output)?.[1],
        (found) => !!found || child.exitCode !== null,
        120,
      )
      if (!url) throw new Error(`the dev graph did not start:\n${output.slice(-3000)}`)
      expect(await askCourse(url, 'DevCourse')).toEqual({ data: { course: null } })
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
    const trace = traceOf('DevCourse')
    expect(trace.graphql?.service).toBe('hub-under-tsx')
    expect(trace.mongo.length).toBeGreaterThan(0)
  }, 180_000)
})
