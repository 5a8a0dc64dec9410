/**
 * The SSRF guard with the administrator's setting off (as in production):
 * a subscriber's URL that is not http(s), or that leads to a private,
 * loopback or link-local address, is refused when saved; and a subscriber
 * saved while private addresses were allowed gets nothing once they are not:
 * its events are dead-lettered with the reason, and the receiver on
 * 127.0.0.1 never sees a request.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { publishCourse } from '../../../support/catalogue.ts'
import { rest, startCms, type TestCms } from '../../../support/cms.ts'
import { freshDatabase } from '../../../support/database.ts'
import { signIn } from '../../../support/users.ts'
import { eventually, quietWebhooks, startReceiver, type Receiver } from '../../../support/webhookReceiver.ts'

const SETTINGS = { WEBHOOKS_ALLOW_PRIVATE: undefined, WEBHOOKS_RETRY_BASE_MS: '100', WEBHOOKS_MAX_ATTEMPTS: '3' }
const saved: Record<string, string | undefined> = {}

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string
let receiver: Receiver

function setEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
}

beforeAll(async () => {
  for (const name of Object.keys(SETTINGS)) saved[name] = process.env[name]
  setEnv(SETTINGS)
  database = await freshDatabase('webhook_ssrf')
  cms = await startCms(database, { runJobs: true })
  editor = (await signIn(cms, 'editor')).token!
  receiver = await startReceiver()
})

afterAll(async () => {
  await quietWebhooks(cms.payload, database.db)
  await cms.stop()
  await receiver.close()
  await database.dropAndClose()
  setEnv(saved)
})

const REFUSED_URLS = [
  ['loopback', 'http://127.0.0.1:8080/hooks'],
  ['a name for loopback', 'http://localhost:8080/hooks'],
  ['private 10/8', 'http://10.1.2.3/hooks'],
  ['private 192.168/16', 'https://192.168.1.20/hooks'],
  ['private 172.16/12', 'http://172.20.0.5/hooks'],
  ['the cloud metadata address (link-local)', 'http://169.254.169.254/latest/meta-data'],
  ['IPv6 loopback', 'http://[::1]:8080/hooks'],
  ['IPv6 link-local', 'http://[fe80::1]/hooks'],
  ['IPv6 unique local', 'http://[fd00::1]/hooks'],
  ['IPv4 loopback written as IPv6', 'http://[::ffff:127.0.0.1]/hooks'],
  ['the unspecified address', 'http://0.0.0.0:8080/hooks'],
  ['another scheme', 'ftp://files.example.org/hooks'],
  ['a file', 'file:///etc/passwd'],
  ['credentials in the URL', 'https://user:secret@hooks.example.org/'],
  ['not a URL', 'hooks please'],
] as const

describe('webhooks: SSRF guard (private addresses not allowed)', () => {
  it.each(REFUSED_URLS)('refuses to save a subscriber at %s', async (_what, url) => {
    const answer = await rest<{ errors: { data?: { errors?: { path: string; message: string }[] } }[] }>(
      cms,
      'POST',
      '/webhook-subscribers',
      { token: editor, body: { platform: '内网探测', url, kinds: ['course'] } },
    )
    expect(answer.status).toBe(400)
    const fieldErrors = answer.body.errors[0]?.data?.errors ?? []
    expect(fieldErrors).toEqual([
      expect.objectContaining({
        path: 'url',
        message: expect.stringMatching(/private|loopback|link-local|http and https|user name|valid URL/),
      }),
    ])
  })

  it('refuses delivery to a subscriber that now resolves to a private address, and says why', async () => {
    setEnv({ WEBHOOKS_ALLOW_PRIVATE: '1' })
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/webhook-subscribers', {
      token: editor,
      body: { platform: '曾被允许的内网平台', url: receiver.url.replace('127.0.0.1', 'localhost'), kinds: ['course'] },
    })
    expect(created.status).toBe(201)
    setEnv({ WEBHOOKS_ALLOW_PRIVATE: undefined })

    await publishCourse(database.db, 'ssrf-course')
    const find = () =>
      rest<{ docs: { entityId: string; attempts: number; lastError: string }[] }>(
        cms,
        'GET',
        `/webhook-dead-letters?where[subscriber][equals]=${created.body.doc.id}`,
        { token: editor },
      )
    const letters = (await eventually(find, (answer) => answer.body.docs.length > 0)).body.docs
    // Refused at once, without retrying: the address will not become public by waiting.
    expect(letters).toEqual([
      expect.objectContaining({ entityId: 'ssrf-course', attempts: 1, lastError: expect.stringMatching(/loopback/) }),
    ])
    expect(receiver.received).toHaveLength(0)
  })
})
