/**
 * `npm run bench:webhooks`: delivery throughput of the webhooks, measured
 * end to end on a fresh embedded database with Payload's jobs queue running
 * as in `npm run dev`: 1,000 course publishes (through the catalogue's own
 * projection, one change-log commit each) delivered to 3 subscribers, real
 * HTTP receivers on 127.0.0.1 that check every signature. The publishes are
 * 100 versions each of 10 courses: on the embedded FerretDB a projection
 * write reads the whole catalogue collection, so 1,000 distinct courses
 * would time the catalogue's growth, not the webhooks.
 *
 * Two runs: "backlog" publishes everything first, with the subscribers off,
 * then switches them on (pure delivery); "live" publishes while they receive,
 * one of them answering 503 to every 20th request. Publishing runs in a
 * process of its own, as the CMS does; its pace is shown with nobody
 * subscribed (before), while the 3 receive, and with nobody again (after),
 * so a machine busy with other work shows as such.
 */
import { execFile } from 'node:child_process'
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { getPayload, type Payload } from 'payload'
import { createPayloadConfig } from '../../../cms/config/createPayloadConfig.ts'
import { detectServer } from '../../database/flavor.ts'
import { connectMongo, withDatabaseName } from '../../database/mongo.ts'
import { verifyDelivery } from '../../syndication/webhooks/signature.ts'
import { revealSecretOnce } from '../../syndication/webhooks/subscriberSecrets.ts'
import { payloadDb } from '../../../cms/database/payloadDb.ts'
import { scratchDatabase } from './scratchDatabase.ts'

const EVENTS = 1_000
const COURSES = 10
const SUBSCRIBERS = 3
const RUN_TIMEOUT_MS = 10 * 60_000

interface Receiver {
  name: string
  url: string
  secret: string
  requests: number
  refused: number
  badSignatures: number
  seen: Set<string>
  outOfOrder: number
  lastSequence: number
  firstAt: number
  lastAt: number
  close(): Promise<void>
}

async function startReceiver(name: string, failEvery: number): Promise<Receiver> {
  const receiver: Receiver = {
    name,
    url: '',
    secret: '',
    requests: 0,
    refused: 0,
    badSignatures: 0,
    seen: new Set(),
    outOfOrder: 0,
    lastSequence: 0,
    firstAt: 0,
    lastAt: 0,
    close: async () => {},
  }
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      receiver.requests++
      const raw = Buffer.concat(chunks).toString('utf8')
      if (failEvery > 0 && receiver.requests % failEvery === 0) {
        receiver.refused++
        return void response.writeHead(503).end()
      }
      if (verifyDelivery(receiver.secret, request.headers, raw) !== 'valid') {
        receiver.badSignatures++
        return void response.writeHead(401).end()
      }
      const body = JSON.parse(raw) as { id: string; sequence: [number, number] }
      if (!receiver.seen.has(body.id)) {
        const sequence = body.sequence[0] * 1e6 + body.sequence[1]
        if (sequence < receiver.lastSequence) receiver.outOfOrder++
        receiver.lastSequence = sequence
        receiver.seen.add(body.id)
        receiver.firstAt ||= performance.now()
        receiver.lastAt = performance.now()
      }
      response.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return receiver
}

/** Publishes in a separate process (as the CMS does in `npm run dev`) and answers how long it took, in ms. */
function publishCourses(uri: string, prefix: string): Promise<number> {
  const script = fileURLToPath(new URL('./benchPublisher.ts', import.meta.url))
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, uri, prefix, String(EVENTS), String(COURSES)],
      { maxBuffer: 1 << 20 },
      (error, stdout) => (error ? reject(error) : resolve(Number(stdout.trim().split('\n').at(-1)))),
    )
  })
}

const progress = (line: string) => process.stderr.write(`[bench:webhooks] ${line}\n`)

async function subscribe(payload: Payload, receiver: Receiver, active: boolean): Promise<string> {
  const doc = await payload.create({
    collection: 'webhook-subscribers',
    data: { platform: receiver.name, url: receiver.url, kinds: ['course'], active },
    overrideAccess: true,
  })
  // The bench's receivers know the secret the way a platform does: shown once.
  receiver.secret = (await revealSecretOnce(payloadDb(payload), String(doc.id)))!
  return String(doc.id)
}

async function allDelivered(receivers: Receiver[]): Promise<void> {
  const deadline = Date.now() + RUN_TIMEOUT_MS
  let told = Date.now()
  while (receivers.some((receiver) => receiver.seen.size < EVENTS)) {
    if (Date.now() - told > 10_000) {
      told = Date.now()
      progress(receivers.map((r) => `${r.name}: ${r.seen.size}`).join(', '))
    }
    if (Date.now() > deadline)
      throw new Error(
        `not delivered within ${RUN_TIMEOUT_MS / 60_000} minutes: ${receivers.map((r) => `${r.name} ${r.seen.size}`).join(', ')}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1)

const scratch = await scratchDatabase('webhooks')
try {
  process.env.WEBHOOKS_ALLOW_PRIVATE = '1'
  process.env.WEBHOOKS_RETRY_BASE_MS ??= '200'
  const uri = withDatabaseName(scratch.database.uri, 'bench_webhooks')
  const mongo = await connectMongo(uri)
  scratch.onShutdown(() => mongo.close())
  const { flavor } = await detectServer(mongo.db)
  const payload = await getPayload({
    config: createPayloadConfig({
      databaseUri: uri,
      flavor,
      secret: 'bench',
      logLevel: 'error',
      jobs: { runCron: '*/10 * * * * *', licenseCron: '0 0 5 * * *', webhookCron: '* * * * * *' },
    }),
    key: 'bench-webhooks',
    // Payload starts its job crons only when asked (a REST request asks; this process serves none).
    cron: true,
  })
  scratch.onShutdown(() => payload.destroy())

  const rows: string[] = []
  const notes: string[] = []

  // 1. Backlog: 1,000 publishes with nobody listening, then 3 subscribers switched on.
  {
    const receivers = await Promise.all(
      Array.from({ length: SUBSCRIBERS }, (_, index) => startReceiver(`backlog-${index + 1}`, 0)),
    )
    const ids = []
    for (const receiver of receivers) ids.push(await subscribe(payload, receiver, false))
    progress(`backlog: publishing ${EVENTS} with the subscribers off`)
    const publishMs = await publishCourses(uri, 'backlog')
    progress('backlog: subscribers on, delivering')
    notes.push(
      `publishing ${EVENTS} courses with nobody subscribed: ${seconds(publishMs)} s, ${(EVENTS / (publishMs / 1000)).toFixed(0)} publishes/s`,
    )
    const started = performance.now()
    for (const id of ids)
      await payload.update({ collection: 'webhook-subscribers', id, data: { active: true }, overrideAccess: true })
    await allDelivered(receivers)
    const total = performance.now() - started
    for (const r of receivers)
      rows.push(
        `| backlog | ${r.name} | ${r.seen.size} | ${r.requests} | ${r.refused} | ${r.badSignatures} | ${r.outOfOrder} | ${seconds(r.lastAt - started)} | ${(r.seen.size / ((r.lastAt - r.firstAt) / 1000)).toFixed(0)} |`,
      )
    rows.push(
      `| backlog | all ${SUBSCRIBERS} | ${SUBSCRIBERS * EVENTS} | | | | | ${seconds(total)} | ${((SUBSCRIBERS * EVENTS) / (total / 1000)).toFixed(0)} |`,
    )
    for (const id of ids)
      await payload.update({ collection: 'webhook-subscribers', id, data: { active: false }, overrideAccess: true })
    await Promise.all(receivers.map((receiver) => receiver.close()))
  }

  // 2. Live: 3 subscribers receiving while 1,000 courses are published; one answers 503 to every 20th request.
  {
    const receivers = await Promise.all(
      Array.from({ length: SUBSCRIBERS }, (_, index) =>
        startReceiver(index === 2 ? 'live-3 (every 20th: 503)' : `live-${index + 1}`, index === 2 ? 20 : 0),
      ),
    )
    for (const receiver of receivers) await subscribe(payload, receiver, true)
    progress(`live: publishing ${EVENTS} while 3 subscribers receive`)
    const started = performance.now()
    const publishMs = await publishCourses(uri, 'live')
    progress('live: published, waiting for the last deliveries')
    notes.push(
      `publishing ${EVENTS} courses while 3 subscribers receive: ${seconds(publishMs)} s, ${(EVENTS / (publishMs / 1000)).toFixed(0)} publishes/s`,
    )
    await allDelivered(receivers)
    const total = performance.now() - started
    for (const r of receivers)
      rows.push(
        `| live | ${r.name} | ${r.seen.size} | ${r.requests} | ${r.refused} | ${r.badSignatures} | ${r.outOfOrder} | ${seconds(r.lastAt - started)} | ${(r.seen.size / ((r.lastAt - r.firstAt) / 1000)).toFixed(0)} |`,
      )
    rows.push(
      `| live | all ${SUBSCRIBERS} | ${SUBSCRIBERS * EVENTS} | | | | | ${seconds(total)} | ${((SUBSCRIBERS * EVENTS) / (total / 1000)).toFixed(0)} |`,
    )
    await Promise.all(receivers.map((receiver) => receiver.close()))
  }

  // 3. Publishing again with nobody subscribed, to compare with the live run on the same (shared) machine.
  {
    const active = await payload.find({
      collection: 'webhook-subscribers',
      where: { active: { equals: true } },
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
    })
    for (const doc of active.docs)
      await payload.update({
        collection: 'webhook-subscribers',
        id: doc.id,
        data: { active: false },
        overrideAccess: true,
      })
    progress(`after: publishing ${EVENTS} with nobody subscribed`)
    const publishMs = await publishCourses(uri, 'after')
    notes.push(
      `publishing ${EVENTS} courses with nobody subscribed, afterwards: ${seconds(publishMs)} s, ${(EVENTS / (publishMs / 1000)).toFixed(0)} publishes/s`,
    )
  }

  console.log(
    `\n${EVENTS} events to ${SUBSCRIBERS} subscribers on ${scratch.database.kind}, jobs queue every second, retry base ${process.env.WEBHOOKS_RETRY_BASE_MS} ms\n`,
  )
  console.log(
    '| run | subscriber | events kept | requests | answered 503 | bad signatures | out of order | done after s | events/s (first to last) |',
  )
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) console.log(row)
  console.log('')
  for (const note of notes) console.log(`- ${note}`)
  console.log(
    `- each publish appends to the change log; on the embedded FerretDB that costs more as the log grows (${3 * EVENTS} commits by the end), so compare "while" with both "nobody" lines, not with the first alone.`,
  )
  console.log(
    '- "done after" counts from switching the subscribers on (backlog) or from the first publish (live), so it includes the wait for the dispatcher\'s next tick.',
  )
} finally {
  await scratch.shutdown()
}
process.exit(0)
