/**
 * The load generator of `npm run bench`, run in a worker thread: it sends
 * GraphQL POSTs (or REST GETs) from a small pool of concurrent callers and
 * hands back each request's latency. A thread of its own keeps the client's
 * JSON and socket work off the event loop that serves the hub and Payload.
 */
import { parentPort } from 'node:worker_threads'

export interface LoadJob {
  url: string
  headers: Record<string, string>
  /**
   * One request per entry, cycled through: a GraphQL query and its variables
   * (POSTed to `url`), or a REST path and query string (a GET of `url` + path).
   */
  requests: ({ query: string; variables: Record<string, unknown> } | { get: string })[]
  count: number
  concurrency: number
}

export interface LoadResult {
  latenciesMs: number[]
  wallMs: number
  bytes: number
  /** The first few failures (status, GraphQL errors or empty data), so a broken query is never timed as a fast one. */
  failures: string[]
  failed: number
}

async function run(job: LoadJob): Promise<LoadResult> {
  const latenciesMs: number[] = []
  const failures: string[] = []
  let failed = 0
  let bytes = 0
  let next = 0
  const started = performance.now()
  const caller = async () => {
    for (let index = next++; index < job.count; index = next++) {
      const request = job.requests[index % job.requests.length]!
      const sent = performance.now()
      const response =
        'get' in request
          ? await fetch(job.url + request.get, { headers: job.headers })
          : // A fresh body for every request and no persisted-query hash: each one is parsed and answered anew.
            await fetch(job.url, {
              method: 'POST',
              headers: job.headers,
              body: JSON.stringify({ query: request.query, variables: request.variables }),
            })
      const text = await response.text()
      latenciesMs.push(performance.now() - sent)
      bytes += Buffer.byteLength(text)
      const problem = 'get' in request ? checkRest(response.status, text) : checkAnswer(response.status, text)
      if (problem) {
        failed++
        if (failures.length < 3) failures.push(problem)
      }
    }
  }
  await Promise.all(Array.from({ length: job.concurrency }, caller))
  return { latenciesMs, wallMs: performance.now() - started, bytes, failures, failed }
}

function checkAnswer(status: number, text: string): string | null {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 300)}`
  try {
    const answer = JSON.parse(text) as { data?: unknown; errors?: unknown }
    if (answer.errors) return `errors: ${JSON.stringify(answer.errors).slice(0, 300)}`
    if (answer.data == null) return `no data: ${text.slice(0, 300)}`
    return null
  } catch {
    return `not JSON: ${text.slice(0, 300)}`
  }
}

function checkRest(status: number, text: string): string | null {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 300)}`
  try {
    const answer = JSON.parse(text) as { docs?: unknown[] }
    return Array.isArray(answer.docs) && answer.docs.length > 0 ? null : `no documents: ${text.slice(0, 300)}`
  } catch {
    return `not JSON: ${text.slice(0, 300)}`
  }
}

parentPort?.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) }),
  )
})
