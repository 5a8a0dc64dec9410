/**
 * Which calls a partner reads: the open ones, and the ones its institution
 * submitted to even after they closed (so its decided submission still names
 * its call); never another institution's closed call or a draft call. And
 * accounts are named by name or role, never by address.
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
let answeredCall: string
let otherClosedCall: string
let openCall: string

beforeAll(async () => {
  database = await freshDatabase('partner_calls')
  await seedRegistry(database.db)
  cms = await startCms(database)
  partnerA = (await signInPartner(cms, 'seed:partner-zjut')).token!
  partnerB = (await signInPartner(cms, 'seed:partner-zjsru')).token!
  answeredCall = await createCall(cms, { title: 'A 应征后截止的征集' })
  otherClosedCall = await createCall(cms, { title: '无人应征的已截止征集', status: 'closed' })
  openCall = await createCall(cms, { title: '征集中' })
  const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
    token: partnerA,
    body: { title: 'A 的申报', call: answeredCall },
  })
  await rest(cms, 'PATCH', `/submissions/${created.body.doc.id}`, { token: partnerA, body: { action: 'submit' } })
  await cms.payload.update({ collection: 'calls', id: answeredCall, data: { status: 'closed' }, overrideAccess: true })
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const titles = async (token: string) =>
  (await rest<{ docs: { title: string }[] }>(cms, 'GET', '/calls?sort=title&limit=50', { token })).body.docs
    .map((call) => call.title)
    .sort()

describe('the calls a partner reads', () => {
  it('are the open calls and the closed call its institution answered', async () => {
    expect(await titles(partnerA)).toEqual(['A 应征后截止的征集', '征集中'].sort())
    expect((await rest<{ title: string }>(cms, 'GET', `/calls/${answeredCall}`, { token: partnerA })).body.title).toBe(
      'A 应征后截止的征集',
    )
    expect((await rest(cms, 'GET', `/calls/${otherClosedCall}`, { token: partnerA })).status).toBe(404)
  })

  it('do not include another institution’s answered call', async () => {
    expect(await titles(partnerB)).toEqual(['征集中'])
    expect((await rest(cms, 'GET', `/calls/${answeredCall}`, { token: partnerB })).status).toBe(404)
    expect(openCall).toBeTruthy()
  })
})

describe('an account’s shown name', () => {
  it('is the person’s name, or the role without one, and never the address', async () => {
    const editor = (await signIn(cms, 'editor', { name: '王编辑' })).token!
    const unnamed = (await signIn(cms, 'editor')).token!
    const shown = async (token: string) =>
      (await rest<{ user: { displayName: string; email: string } }>(cms, 'GET', '/users/me', { token })).body.user
    expect((await shown(editor)).displayName).toBe('王编辑')
    const anonymous = await shown(unnamed)
    expect(anonymous.displayName).toBe('编辑（区社区教育工作委员会办公室）')
    expect(anonymous.displayName).not.toContain('@')
  })
})
