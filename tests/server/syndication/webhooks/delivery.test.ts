/**
 * Webhook delivery end to end: real Payload with its jobs queue running
 * every second, courses published through the catalogue's own projection
 * (which appends to the change log as the CMS does), and real receivers on
 * 127.0.0.1 (allowed here by WEBHOOKS_ALLOW_PRIVATE=1; the refusal without it
 * is in ssrf.test.ts). Retry delays are shortened so nothing sleeps long.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { verifyDelivery } from '../../../../server/syndication/webhooks/signature.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { publishCourse, removeCourse } from '../../../support/catalogue.ts'
import { createPublished, newDesk } from '../../../support/editorial.ts'
import { pushTeachers } from '../../../support/registryPush.ts'
import { teacherRecord } from '../../../support/registryRecords.ts'
import { rest, startCms, type TestCms } from '../../../support/cms.ts'
import { freshDatabase } from '../../../support/database.ts'
import { signIn } from '../../../support/users.ts'
import {
  closedPort,
  eventually,
  quietWebhooks,
  startReceiver,
  type Receiver,
} from '../../../support/webhookReceiver.ts'

const SETTINGS = {
  WEBHOOKS_ALLOW_PRIVATE: '1',
  WEBHOOKS_RETRY_BASE_MS: '100',
  WEBHOOKS_RETRY_MAX_MS: '400',
  WEBHOOKS_MAX_ATTEMPTS: '3',
  WEBHOOKS_TIMEOUT_MS: '3000',
}
const saved: Record<string, string | undefined> = {}

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string
const receivers: Receiver[] = []

beforeAll(async () => {
  for (const [name, value] of Object.entries(SETTINGS)) {
    saved[name] = process.env[name]
    process.env[name] = value
  }
  database = await freshDatabase('webhook_delivery')
  await seedRegistry(database.db)
  cms = await startCms(database, { runJobs: true })
  editor = (await signIn(cms, 'editor')).token!
})

afterAll(async () => {
  await quietWebhooks(cms.payload, database.db)
  await cms.stop()
  await Promise.all(receivers.map((receiver) => receiver.close()))
  await database.dropAndClose()
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

async function subscribe(url: string, extra: Record<string, unknown> = {}): Promise<{ id: string; secret: string }> {
  const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/webhook-subscribers', {
    token: editor,
    body: { platform: '享学拱墅', url, kinds: ['course'], ...extra },
  })
  expect(created.status).toBe(201)
  const revealed = await rest<{ secret: string }>(
    cms,
    'POST',
    `/webhook-subscribers/${created.body.doc.id}/reveal-secret`,
    { token: editor },
  )
  expect(revealed.status).toBe(200)
  return { id: created.body.doc.id, secret: revealed.body.secret }
}

async function receiver(answer?: (n: number) => number): Promise<Receiver> {
  const started = await startReceiver(answer)
  receivers.push(started)
  return started
}

interface DeadLetterDoc {
  eventId: string
  entityId: string
  attempts: number
  lastError: string
  status: string
}

const deadLetters = async (subscriber: string) =>
  (
    await rest<{ docs: DeadLetterDoc[] }>(
      cms,
      'GET',
      `/webhook-dead-letters?where[subscriber][equals]=${subscriber}&sort=eventId&limit=100`,
      { token: editor },
    )
  ).body.docs

describe('webhook delivery', () => {
  it('delivers every event exactly once after dedupe, in order, to a receiver that fails twice first', async () => {
    const flaky = await receiver((n) => (n < 2 ? 503 : 200))
    const { secret } = await subscribe(flaky.url)
    const ids = ['wh-a', 'wh-b', 'wh-c', 'wh-d', 'wh-e']
    for (const id of ids)
      await publishCourse(database.db, id, {
        title: { zh: `推送课程 ${id}`, en: `Pushed ${id}` },
        topics: ['WELLNESS'],
      })
    await eventually(
      () => flaky.deduped(),
      (list) => list.length >= 5,
    )
    await removeCourse(database.db, 'wh-c')

    const kept = await eventually(
      () => flaky.deduped(),
      (list) => list.length >= 6,
    )
    expect(kept.map((delivery) => `${delivery.body.entityId} ${delivery.body.action}`)).toEqual([
      'wh-a CREATED',
      'wh-b CREATED',
      'wh-c CREATED',
      'wh-d CREATED',
      'wh-e CREATED',
      'wh-c REMOVED',
    ])
    // The first two tries were refused and retried: the same event, the same idempotency key.
    expect(flaky.received.slice(0, 3).map((delivery) => delivery.body.id)).toEqual([
      kept[0]!.body.id,
      kept[0]!.body.id,
      kept[0]!.body.id,
    ])
    expect(flaky.received.filter((delivery) => delivery.status === 200)).toHaveLength(6)
    // In sequence order, each with its idempotency key in the header, signed with the subscriber's secret.
    const sequences = kept.map((delivery) => delivery.body.sequence[0] * 1e6 + delivery.body.sequence[1])
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences)
    for (const delivery of kept) {
      expect(delivery.headers['idempotency-key']).toBe(delivery.body.id)
      expect(verifyDelivery(secret, delivery.headers, delivery.rawBody)).toBe('valid')
    }
    // The public data rides along; a withdrawal carries only what it is about.
    expect(kept[0]!.body.entity).toMatchObject({
      id: 'wh-a',
      title: { zh: '推送课程 wh-a', en: 'Pushed wh-a' },
      topics: ['WELLNESS'],
    })
    expect(kept[0]!.body.entity).not.toHaveProperty('removed')
    expect(kept[5]!.body).not.toHaveProperty('entity')
  })

  it('delivers a course an editor publishes in the CMS, with its public fields only, and never its draft', async () => {
    const platform = await receiver()
    await subscribe(platform.url, { platform: '杭学通' })
    const desk = await newDesk(cms, editor)
    const id = await createPublished(desk, 'courses', {
      title: '编辑发布的养生课',
      topics: ['WELLNESS'],
      creditHours: 6,
      free: false,
      price: 120,
    })
    // The CMS logs the first draft as a withdrawal (a tombstone), so the publish arrives as an update.
    const kept = await eventually(
      () => platform.deduped(),
      (list) => list.some((delivery) => delivery.body.action !== 'REMOVED'),
    )
    const published = kept.find((delivery) => delivery.body.action !== 'REMOVED')!
    expect(
      kept.filter((delivery) => delivery.body.action === 'REMOVED').every((delivery) => !('entity' in delivery.body)),
    ).toBe(true)
    expect(published.body).toMatchObject({
      kind: 'course',
      entityId: id,
      entity: { id, title: { zh: '编辑发布的养生课' }, topics: ['WELLNESS'], creditHours: 6, priceCny: 120 },
    })
    expect(published.body.entity).not.toHaveProperty('price')
    expect(published.body.entity).not.toHaveProperty('review')
    // A draft edit afterwards reaches nobody: only what is published is sent.
    await rest(cms, 'PATCH', `/courses/${id}?draft=true`, { token: editor, body: { title: '草稿里的新标题' } })
    const before = platform.deduped().length
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(platform.deduped()).toHaveLength(before)
    expect(JSON.stringify(platform.received)).not.toContain('草稿里的新标题')
  })

  it('sends only the kinds and topics a subscriber asked for', async () => {
    const picky = await receiver()
    await subscribe(picky.url, { kinds: ['course', 'venue'], topics: ['WELLNESS'] })
    await publishCourse(database.db, 'wh-leisure', { topics: ['LEISURE'] })
    await publishCourse(database.db, 'wh-wellness', { topics: ['WELLNESS', 'LEISURE'] })
    await publishCourse(database.db, 'wh-no-topic', { topics: [] })
    await publishCourse(database.db, 'wh-withdrawn-soon', { topics: ['WELLNESS'] })
    await removeCourse(database.db, 'wh-leisure')
    await removeCourse(database.db, 'wh-withdrawn-soon')
    await eventually(
      () => picky.deduped(),
      (list) => list.length >= 4,
    )
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    // A withdrawal passes every filter (the platform may hold the course); an event about a course
    // withdrawn before it went out is not sent, the withdrawal after it is.
    expect(picky.deduped().map((delivery) => `${delivery.body.entityId} ${delivery.body.action}`)).toEqual([
      'wh-wellness CREATED',
      'wh-no-topic CREATED',
      'wh-leisure REMOVED',
      'wh-withdrawn-soon REMOVED',
    ])
  })

  it("sends registry records of a subscriber's streets, and those of no street, without editors-only details", async () => {
    const local = await receiver()
    await subscribe(local.url, { kinds: ['teacher'], streets: ['hushu'] })
    const [hushu, , district] = await pushTeachers(database.db, [
      teacherRecord('wh-t-hushu', { phone: '13800000001', email: 'wang@example.org' }),
      teacherRecord('wh-t-xiaohe', { street: 'xiaohe', institution: 'seed:branch-xiaohe' }),
      teacherRecord('wh-t-district', { poolLevel: 'DISTRICT', street: null, institution: null }),
    ])
    await eventually(
      () => local.deduped(),
      (list) => list.length >= 2,
    )
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const kept = local.deduped()
    expect(kept.map((delivery) => delivery.body.entityId)).toEqual([hushu, district])
    expect(kept[0]!.body.entity).toMatchObject({
      id: hushu,
      name: '王老师',
      streetId: 'hushu',
      source: 'tests',
      externalId: 'wh-t-hushu',
    })
    for (const field of ['contact', 'pushedBy', 'contentHash', 'pushId'])
      expect(kept[0]!.body.entity).not.toHaveProperty(field)
    expect(kept[0]!.rawBody).not.toContain('13800000001')
  })

  it('dead-letters after the cap when the receiver is down, shows the last error, and redelivers on request', async () => {
    const port = await closedPort()
    const { id, secret } = await subscribe(`http://127.0.0.1:${port}/hooks`)
    await publishCourse(database.db, 'wh-down-1')
    await publishCourse(database.db, 'wh-down-2')

    const letters = await eventually(
      () => deadLetters(id),
      (list) => list.length >= 2,
    )
    expect(letters.map((letter) => [letter.entityId, letter.attempts, letter.status])).toEqual([
      ['wh-down-1', 3, 'failed'],
      ['wh-down-2', 3, 'failed'],
    ])
    expect(letters[0]!.lastError).toMatch(/ECONNREFUSED/)
    const status = await rest<{ delivery: { deadLettered: number; delivered: number; lastError: string } }>(
      cms,
      'GET',
      `/webhook-subscribers/${id}`,
      { token: editor },
    )
    expect(status.body.delivery).toMatchObject({
      deadLettered: 2,
      delivered: 0,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    })

    // The platform is back: an editor redelivers everything that failed.
    const back = await startReceiver(() => 200, port)
    receivers.push(back)
    const queued = await rest<{ queued: number }>(cms, 'POST', `/webhook-subscribers/${id}/redeliver-failed`, {
      token: editor,
    })
    expect(queued).toMatchObject({ status: 202, body: { queued: 2 } })
    const redelivered = await eventually(
      () => back.deduped(),
      (list) => list.length >= 2,
    )
    expect(redelivered.map((delivery) => delivery.body.entityId)).toEqual(['wh-down-1', 'wh-down-2'])
    expect(redelivered.map((delivery) => delivery.body.id)).toEqual(letters.map((letter) => letter.eventId))
    expect(
      redelivered.every((delivery) => verifyDelivery(secret, delivery.headers, delivery.rawBody) === 'valid'),
    ).toBe(true)
    expect(
      (
        await eventually(
          () => deadLetters(id),
          (list) => list.every((letter) => letter.status === 'redelivered'),
        )
      ).map((letter) => letter.status),
    ).toEqual(['redelivered', 'redelivered'])
  })

  it('lets a receiver detect a wrong signature, a tampered body and a replay older than five minutes', async () => {
    const honest = await receiver()
    const { id, secret } = await subscribe(honest.url)
    await publishCourse(database.db, 'wh-signed')
    const [delivery] = await eventually(
      () => honest.deduped(),
      (list) => list.length >= 1,
    )
    expect(verifyDelivery(secret, delivery!.headers, delivery!.rawBody)).toBe('valid')
    expect(verifyDelivery(`${secret}x`, delivery!.headers, delivery!.rawBody)).toBe('bad-signature')
    expect(verifyDelivery(secret, delivery!.headers, delivery!.rawBody.replace('wh-signed', 'wh-forged'))).toBe(
      'bad-signature',
    )
    expect(
      verifyDelivery(secret, { ...delivery!.headers, 'x-canal-webhook-signature': undefined }, delivery!.rawBody),
    ).toBe('bad-signature')
    const sentAt = Number(delivery!.headers['x-canal-webhook-timestamp'])
    expect(verifyDelivery(secret, delivery!.headers, delivery!.rawBody, sentAt + 301)).toBe('too-old')

    // After a rotation, deliveries are signed with the new secret only.
    const rotated = await rest<{ secret: string }>(cms, 'POST', `/webhook-subscribers/${id}/rotate-secret`, {
      token: editor,
    })
    expect(rotated.body.secret).not.toBe(secret)
    await publishCourse(database.db, 'wh-signed-again')
    const later = (
      await eventually(
        () => honest.deduped(),
        (list) => list.length >= 2,
      )
    )[1]!
    expect(verifyDelivery(rotated.body.secret, later.headers, later.rawBody)).toBe('valid')
    expect(verifyDelivery(secret, later.headers, later.rawBody)).toBe('bad-signature')
  })

  it('keeps delivering to others while one subscriber hangs until its time-out', async () => {
    const hanging = await receiver(() => 0)
    const prompt = await receiver()
    await subscribe(hanging.url, { platform: '挂起的平台' })
    await subscribe(prompt.url, { platform: '正常的平台' })
    const ids = ['wh-iso-1', 'wh-iso-2', 'wh-iso-3', 'wh-iso-4']
    for (const id of ids) await publishCourse(database.db, id)
    const kept = await eventually(
      () => prompt.deduped(),
      (list) => list.length >= ids.length,
    )
    expect(kept.map((delivery) => delivery.body.entityId)).toEqual(ids)
    // Meanwhile the hanging platform is asked (and asked again, after each time-out) for its first event only; its job may start after the others finished.
    const asked = await eventually(
      () => hanging.received,
      (list) => list.length >= 1,
    )
    expect(asked.length).toBeGreaterThanOrEqual(1)
    expect(new Set(asked.map((delivery) => delivery.body.entityId))).toEqual(new Set(['wh-iso-1']))
  })
})
