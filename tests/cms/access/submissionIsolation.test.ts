/**
 * Partners are isolated from each other, tried from the outside: partner B
 * cannot read, count, change, withdraw or delete partner A's submissions or
 * files, over REST or through the Local API as B; partners never see
 * purchases; nobody submits to a closed call; calls that are not open are
 * invisible to partners.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { createCall } from '../../support/collect.ts'
import { signIn, signInPartner } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let partnerA: string
let partnerB: string
let editor: string
let submissionA: string
let draftA: string
let attachmentA: string
let draftCall: string

const FORBIDDEN = '您无权执行此操作。'
const NOT_FOUND = '未找到'
const NO_SUCH_ID = '6b0000000000000000000000'

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

beforeAll(async () => {
  database = await freshDatabase('submission_isolation')
  await seedRegistry(database.db)
  cms = await startCms(database)
  partnerA = (await signInPartner(cms, 'seed:partner-zjut')).token!
  partnerB = (await signInPartner(cms, 'seed:partner-zjsru')).token!
  editor = (await signIn(cms, 'editor')).token!
  const call = await createCall(cms)
  draftCall = await createCall(cms, { title: '尚未发布的征集', status: 'draft' })

  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'plan-a.png')
  const uploaded = await fetch(`${cms.apiUrl}/attachments`, {
    method: 'POST',
    headers: { authorization: `JWT ${partnerA}` },
    body: form,
  })
  // The isolation cases below mean something only if A's file exists and A can read it.
  expect(uploaded.status).toBe(201)
  attachmentA = ((await uploaded.json()) as { doc: { id: string } }).doc.id
  expect((await rest(cms, 'GET', `/attachments/${attachmentA}`, { token: partnerA })).status).toBe(200)

  const submitted = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
    token: partnerA,
    body: { title: 'A 的申报', call, attachments: [attachmentA] },
  })
  submissionA = submitted.body.doc.id
  await rest(cms, 'PATCH', `/submissions/${submissionA}`, { token: partnerA, body: { action: 'submit' } })
  draftA = (
    await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', { token: partnerA, body: { title: 'A 的草稿' } })
  ).body.doc.id
  await rest(cms, 'POST', '/submissions', { token: partnerB, body: { title: 'B 的申报' } })
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

describe('partner B against partner A’s work, over REST', () => {
  it.each([
    ['read A’s submission', () => rest(cms, 'GET', `/submissions/${submissionA}`, { token: partnerB }), 404, NOT_FOUND],
    [
      'edit A’s draft',
      () => rest(cms, 'PATCH', `/submissions/${draftA}`, { token: partnerB, body: { title: '被改了' } }),
      403,
      FORBIDDEN,
    ],
    [
      'withdraw A’s submission',
      () => rest(cms, 'PATCH', `/submissions/${submissionA}`, { token: partnerB, body: { action: 'withdraw' } }),
      403,
      FORBIDDEN,
    ],
    ['delete A’s draft', () => rest(cms, 'DELETE', `/submissions/${draftA}`, { token: partnerB }), 403, FORBIDDEN],
    // The same answers as for ids that do not exist: nothing tells B that A's ids are real.
    [
      'read a submission that does not exist',
      () => rest(cms, 'GET', `/submissions/${NO_SUCH_ID}`, { token: partnerB }),
      404,
      NOT_FOUND,
    ],
    [
      'edit a submission that does not exist',
      () => rest(cms, 'PATCH', `/submissions/${NO_SUCH_ID}`, { token: partnerB, body: { title: 'x' } }),
      403,
      FORBIDDEN,
    ],
    ['read A’s attachment', () => rest(cms, 'GET', `/attachments/${attachmentA}`, { token: partnerB }), 404, NOT_FOUND],
    ['read any purchase', () => rest(cms, 'GET', '/purchases', { token: partnerB }), 403, FORBIDDEN],
    [
      'read a call that is not open',
      () => rest(cms, 'GET', `/calls/${draftCall}`, { token: partnerB }),
      404,
      NOT_FOUND,
    ],
  ])('cannot %s', async (_case, call, status, message) => {
    const response = await call()
    expect(response.status).toBe(status)
    expect((response.body as { errors: { message: string }[] }).errors[0]?.message).toBe(message)
  })

  it('lists and counts only its own submissions', async () => {
    const list = await rest<{ docs: { title: string }[]; totalDocs: number }>(cms, 'GET', '/submissions', {
      token: partnerB,
    })
    expect(list.body.docs.map((doc) => doc.title)).toEqual(['B 的申报'])
    expect(list.body.totalDocs).toBe(1)
    const count = await rest<{ totalDocs: number }>(cms, 'GET', '/submissions/count', { token: partnerB })
    expect(count.body.totalDocs).toBe(1)
    // Searching by A's title or institution finds nothing either.
    const probe = await rest<{ totalDocs: number }>(
      cms,
      'GET',
      '/submissions?where[institution][equals]=seed:partner-zjut',
      { token: partnerB },
    )
    expect(probe.body.totalDocs).toBe(0)
  })

  it('left A’s work untouched', async () => {
    const a = await rest<{ title: string; state: string }>(cms, 'GET', `/submissions/${submissionA}`, {
      token: partnerA,
    })
    expect(a.body).toMatchObject({ title: 'A 的申报', state: 'submitted' })
    expect((await rest(cms, 'GET', `/submissions/${draftA}`, { token: partnerA })).status).toBe(200)
  })

  it('sees open calls only', async () => {
    const calls = await rest<{ docs: { status: string }[] }>(cms, 'GET', '/calls', { token: partnerB })
    expect(calls.body.docs.map((call) => call.status)).toEqual(['open'])
    const all = await rest<{ docs: unknown[] }>(cms, 'GET', '/calls', { token: editor })
    expect(all.body.docs).toHaveLength(2)
  })
})

describe('partner B through the Local API as B', () => {
  const asB = async () => (await cms.payload.auth({ headers: new Headers({ authorization: `JWT ${partnerB}` }) })).user

  it('cannot find, count or update A’s submissions', async () => {
    const user = await asB()
    await expect(
      cms.payload.findByID({ collection: 'submissions', id: submissionA, user, overrideAccess: false }),
    ).rejects.toThrow(NOT_FOUND)
    expect((await cms.payload.count({ collection: 'submissions', user, overrideAccess: false })).totalDocs).toBe(1)
    await expect(
      cms.payload.update({
        collection: 'submissions',
        id: draftA,
        data: { title: '被改了' },
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(cms.payload.find({ collection: 'purchases', user, overrideAccess: false })).rejects.toThrow(FORBIDDEN)
  })
})
