/**
 * Who may touch webhook subscribers: editors and administrators only. A
 * partner (or coordinator, or nobody signed in) can neither list, read,
 * create nor change one, nor see or rotate a secret, nor read dead letters.
 * The secret is shown once on request and is in no answer afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { rest, startCms, type TestCms } from '../../../support/cms.ts'
import { freshDatabase } from '../../../support/database.ts'
import { signIn, signInCoordinator, signInPartner } from '../../../support/users.ts'
import { subscriberSecrets } from '../../../../server/syndication/webhooks/subscriberSecrets.ts'
import { subscriberStates } from '../../../../server/syndication/webhooks/subscriberState.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string
const outsiders: Record<string, string | undefined> = {}
let subscriberId: string
const savedFlag = process.env.WEBHOOKS_ALLOW_PRIVATE

beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = '1'
  database = await freshDatabase('webhook_access')
  await seedRegistry(database.db)
  cms = await startCms(database)
  editor = (await signIn(cms, 'editor')).token!
  outsiders.partner = (await signInPartner(cms, 'seed:partner-zjut')).token
  outsiders.coordinator = (await signInCoordinator(cms, 'xiaohe')).token
  outsiders.anonymous = undefined
  const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/webhook-subscribers', {
    token: editor,
    body: { platform: '杭学通', url: 'http://127.0.0.1:9/hooks', kinds: ['course', 'series'] },
  })
  expect(created.status).toBe(201)
  subscriberId = created.body.doc.id
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
  if (savedFlag === undefined) delete process.env.WEBHOOKS_ALLOW_PRIVATE
  else process.env.WEBHOOKS_ALLOW_PRIVATE = savedFlag
})

describe('webhook subscribers: access', () => {
  it.each([
    ['a partner', 'partner'],
    ['a street coordinator', 'coordinator'],
    ['someone not signed in', 'anonymous'],
  ])('refuses %s everything', async (_who, who) => {
    const token = outsiders[who]
    const list = await rest<{ docs?: unknown[] }>(cms, 'GET', '/webhook-subscribers', { token })
    expect(list.status).toBeGreaterThanOrEqual(401)
    expect(list.body.docs).toBeUndefined()
    expect((await rest(cms, 'GET', `/webhook-subscribers/${subscriberId}`, { token })).status).toBeGreaterThanOrEqual(
      401,
    )
    const created = await rest(cms, 'POST', '/webhook-subscribers', {
      token,
      body: { platform: '冒名平台', url: 'http://127.0.0.1:9/x', kinds: ['course'] },
    })
    expect(created.status).toBeGreaterThanOrEqual(401)
    expect(
      (
        await rest(cms, 'PATCH', `/webhook-subscribers/${subscriberId}`, {
          token,
          body: { url: 'http://127.0.0.1:9/stolen' },
        })
      ).status,
    ).toBeGreaterThanOrEqual(401)
    for (const action of ['reveal-secret', 'rotate-secret', 'redeliver-failed']) {
      const answer = await rest<{ secret?: string }>(cms, 'POST', `/webhook-subscribers/${subscriberId}/${action}`, {
        token,
      })
      expect([401, 403]).toContain(answer.status)
      expect(answer.body.secret).toBeUndefined()
    }
    expect((await rest(cms, 'GET', '/webhook-dead-letters', { token })).status).toBeGreaterThanOrEqual(401)
    // Nothing was changed by any of it.
    const stored = await cms.payload.findByID({
      collection: 'webhook-subscribers',
      id: subscriberId,
      overrideAccess: true,
    })
    expect(stored.url).toBe('http://127.0.0.1:9/hooks')
    expect((await cms.payload.count({ collection: 'webhook-subscribers', overrideAccess: true })).totalDocs).toBe(1)
  })

  it('shows an editor the secret once, never again in any answer, and a rotated one once', async () => {
    const first = await rest<{ secret: string }>(cms, 'POST', `/webhook-subscribers/${subscriberId}/reveal-secret`, {
      token: editor,
    })
    expect(first.status).toBe(200)
    expect(first.body.secret).toMatch(/^whsec_[\w-]{40,}$/)
    const again = await rest<{ secret?: string; errors: { message: string }[] }>(
      cms,
      'POST',
      `/webhook-subscribers/${subscriberId}/reveal-secret`,
      { token: editor },
    )
    expect(again.status).toBe(409)
    expect(again.body.secret).toBeUndefined()
    expect(again.body.errors[0]!.message).toMatch(/rotate/)

    const rotated = await rest<{ secret: string }>(cms, 'POST', `/webhook-subscribers/${subscriberId}/rotate-secret`, {
      token: editor,
    })
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).not.toBe(first.body.secret)

    const answers = [
      await rest(cms, 'GET', `/webhook-subscribers/${subscriberId}`, { token: editor }),
      await rest(cms, 'GET', `/webhook-subscribers/${subscriberId}?depth=3&locale=all`, { token: editor }),
      await rest(cms, 'GET', '/webhook-subscribers?limit=100', { token: editor }),
      await rest(cms, 'PATCH', `/webhook-subscribers/${subscriberId}`, {
        token: editor,
        body: { platform: '杭学通（新）' },
      }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      const text = JSON.stringify(answer.body)
      expect(text).not.toContain(first.body.secret)
      expect(text).not.toContain(rotated.body.secret)
      expect(text).not.toContain('whsec_')
    }
    // What the editor does see: how deliveries stand, and that the secret has been shown.
    expect(answers[0]!.body).toMatchObject({ platform: '杭学通', delivery: { secretShown: true, delivered: 0 } })
  })

  it('refuses a subscriber without event kinds or with an unknown topic, naming the field', async () => {
    const noKinds = await rest<{ errors: { data?: { errors?: { path: string }[] } }[] }>(
      cms,
      'POST',
      '/webhook-subscribers',
      { token: editor, body: { platform: 'x', url: 'http://127.0.0.1:9/x', kinds: [] } },
    )
    expect(noKinds.status).toBe(400)
    expect(JSON.stringify(noKinds.body)).toContain('kinds')
    const badTopic = await rest(cms, 'POST', '/webhook-subscribers', {
      token: editor,
      body: { platform: 'x', url: 'http://127.0.0.1:9/x', kinds: ['course'], topics: ['ASTROLOGY'] },
    })
    expect(badTopic.status).toBe(400)
    expect(JSON.stringify(badTopic.body)).toContain('ASTROLOGY')
  })

  it('forgets the secret and the delivery state of a subscriber an editor deletes', async () => {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/webhook-subscribers', {
      token: editor,
      body: { platform: '停用的平台', url: 'http://127.0.0.1:9/gone', kinds: ['venue'] },
    })
    expect(await subscriberSecrets(database.db).findOne({ _id: created.body.doc.id })).toMatchObject({ shown: false })
    expect(await subscriberStates(database.db).findOne({ _id: created.body.doc.id })).toMatchObject({ delivered: 0 })
    expect((await rest(cms, 'DELETE', `/webhook-subscribers/${created.body.doc.id}`, { token: editor })).status).toBe(
      200,
    )
    expect(await subscriberStates(database.db).findOne({ _id: created.body.doc.id })).toBeNull()
    expect(await subscriberSecrets(database.db).findOne({ _id: created.body.doc.id })).toBeNull()
    expect(
      (await rest(cms, 'POST', `/webhook-subscribers/${created.body.doc.id}/rotate-secret`, { token: editor })).status,
    ).toBe(404)
  })
})
