/**
 * A partner follows its submission's history (who did what, when, why) but
 * never learns a reviewer's email address: each step names a person or a
 * role, over REST and through the graph's `mySubmissions` (which reads as the
 * partner through the Local API). Editors still see which account acted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { MySubmissionsDocument } from '../../../schema/generated/graphql.ts'
import { ROLE_LABELS } from '../../../cms/access/roles.ts'
import { rest } from '../../support/cms.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'
import { signIn, signInPartner } from '../../support/users.ts'

let stack: TestStack
let partner: string
let editor: string
let namedReviewer: string
let namedReviewerId: string
let submission: string
let legacy: string

const REVIEWER = { email: 'wang.reviewer@example.org', password: 'test password 123', name: '王审阅' }
const LEGACY_EMAIL = 'old.reviewer@example.org'

interface Step {
  action: string
  by: string | null
  actor?: unknown
}

beforeAll(async () => {
  stack = await startStack('history_privacy')
  const { cms } = stack
  partner = (await signInPartner(cms, 'seed:partner-zjut')).token!
  editor = (await signIn(cms, 'editor')).token!
  namedReviewerId = String(
    (await cms.payload.create({ collection: 'users', data: { ...REVIEWER, role: 'editor' }, overrideAccess: true })).id,
  )
  namedReviewer = (await rest<{ token: string }>(cms, 'POST', '/users/login', { body: REVIEWER })).body.token

  submission = (
    await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
      token: partner,
      body: { title: '运河非遗剪纸课' },
    })
  ).body.doc.id
  for (const [token, action, comment] of [
    [partner, 'submit', null],
    [editor, 'start_review', null],
    [namedReviewer, 'request_changes', '请补充教学大纲'],
  ] as const) {
    const response = await rest(cms, 'PATCH', `/submissions/${submission}`, { token, body: { action, comment } })
    expect(response.status).toBe(200)
  }
  // A step recorded before names were kept, as an older installation holds it.
  legacy = String(
    (
      await cms.payload.create({
        collection: 'submissions',
        overrideAccess: true,
        data: {
          title: '旧记录',
          institution: 'seed:partner-zjut',
          state: 'in_review',
          history: [{ action: 'start_review', state: 'in_review', by: LEGACY_EMAIL, at: new Date().toISOString() }],
        },
      })
    ).id,
  )
})

afterAll(async () => {
  await stack.stop()
})

const PARTNER_LABEL = ROLE_LABELS.partner.zh
const EDITOR_LABEL = ROLE_LABELS.editor.zh

describe('the history a partner reads', () => {
  it('over REST names a person or a role, never an address, and not the account', async () => {
    const response = await rest<{ history: Step[] }>(stack.cms, 'GET', `/submissions/${submission}`, { token: partner })
    expect(response.status).toBe(200)
    expect(response.body.history.map(({ action, by }) => [action, by])).toEqual([
      ['submit', PARTNER_LABEL],
      ['start_review', EDITOR_LABEL],
      ['request_changes', REVIEWER.name],
    ])
    expect(response.body.history.every((step) => !('actor' in step))).toBe(true)
    expect(JSON.stringify(response.body)).not.toContain('@')
  })

  it('through the graph’s mySubmissions says the same', async () => {
    const response = await graphql(stack.hub, MySubmissionsDocument, { first: 10 }, { token: partner })
    expect(response.errors).toBeUndefined()
    const nodes = response.data!.mySubmissions.edges.map((edge) => edge.node)
    const mine = nodes.find((node) => node.id === submission)!
    expect(mine.history.map(({ action, by }) => [action, by])).toEqual([
      ['submit', PARTNER_LABEL],
      ['start_review', EDITOR_LABEL],
      ['request_changes', REVIEWER.name],
    ])
    expect(nodes.find((node) => node.id === legacy)!.history.map((step) => step.by)).toEqual(['—'])
    expect(JSON.stringify(response.data)).not.toContain('@')
  })

  it('hides an address an older step recorded', async () => {
    const response = await rest<{ history: Step[] }>(stack.cms, 'GET', `/submissions/${legacy}`, { token: partner })
    expect(response.body.history.map((step) => step.by)).toEqual(['—'])
  })
})

describe('the history an editor reads', () => {
  it('keeps which account took each step', async () => {
    const response = await rest<{ history: Step[] }>(stack.cms, 'GET', `/submissions/${submission}?depth=0`, {
      token: editor,
    })
    expect(response.body.history.at(-1)).toMatchObject({
      action: 'request_changes',
      by: REVIEWER.name,
      actor: namedReviewerId,
    })
    const old = await rest<{ history: Step[] }>(stack.cms, 'GET', `/submissions/${legacy}`, { token: editor })
    expect(old.body.history.map((step) => step.by)).toEqual([LEGACY_EMAIL])
  })
})
