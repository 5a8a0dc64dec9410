/**
 * Notifications as people receive them: real emails, sent by the CMS through
 * its SMTP adapter to a local SMTP server and read back as a mail client
 * parses them, and the same notices listed in the admin for each recipient
 * alone. A partner's submit tells the editors; a request for changes and a
 * decision tell the partner institution's accounts (no one else). A mail
 * server that refuses does not fail or slow the save: the notice says the
 * email failed; without a mail server the notice says none was sent.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMailCapture, type CapturedMail, type MailCapture } from '../../../cms/notify/mailCapture.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { createCall } from '../../support/collect.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { newAccount, signInPartner } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let mail: MailCapture
let cms: TestCms
let call: string
const accounts: Record<
  'editorA' | 'editorB' | 'partner' | 'colleague' | 'otherPartner',
  { email: string; token: string }
> = {} as never

async function account(role: 'editor' | 'partner', institution?: string) {
  const credentials = await newAccount(cms, role, institution ? { institution } : {})
  const login = await rest<{ token: string }>(cms, 'POST', '/users/login', { body: credentials })
  return { email: credentials.email, token: login.body.token }
}

beforeAll(async () => {
  database = await freshDatabase('notifications')
  await seedRegistry(database.db)
  mail = await startMailCapture()
  cms = await startCms(database, { mail })
  accounts.editorA = await account('editor')
  accounts.editorB = await account('editor')
  accounts.partner = await account('partner', 'seed:partner-zjut')
  accounts.colleague = await account('partner', 'seed:partner-zjut')
  accounts.otherPartner = await account('partner', 'seed:partner-zjsru')
  call = await createCall(cms)
})

afterAll(async () => {
  await cms.stop()
  await mail.stop()
  await database.dropAndClose()
})

const act = (token: string, id: string, body: Record<string, unknown>) =>
  rest<{ doc: { id: string; state: string } }>(cms, 'PATCH', `/submissions/${id}`, { token, body })
const about = (to: string, subject: string) => (message: CapturedMail) =>
  message.to.includes(to) && message.subject.includes(subject)

interface NoticeList {
  docs: { subject: string; event: string; emailStatus: string; emailError?: string; body: string }[]
}
const noticesOf = async (token: string) =>
  (await rest<NoticeList>(cms, 'GET', '/notifications?sort=createdAt&depth=0', { token })).body.docs

/** Waits until the notice's delivery has recorded how its email went. */
async function settledNotices(token: string, count: number): Promise<NoticeList['docs']> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const docs = await noticesOf(token)
    if (docs.length >= count && docs.every((doc) => doc.emailStatus !== 'pending')) return docs
    if (Date.now() > deadline) throw new Error(`notices did not settle: ${JSON.stringify(docs)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('a submission’s steps, by email and in the admin', () => {
  let id: string
  const TITLE = '运河边的非遗剪纸'

  it('a partner’s submit emails every editor, in Chinese with the English alongside', async () => {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
      token: accounts.partner.token,
      body: { title: TITLE, call },
    })
    id = created.body.doc.id
    expect((await act(accounts.partner.token, id, { action: 'submit' })).body.doc.state).toBe('submitted')

    for (const editor of [accounts.editorA, accounts.editorB]) {
      const message = await mail.waitFor(about(editor.email, TITLE))
      expect(message.subject).toBe(`【收到申报】${TITLE} / Submission received: ${TITLE}`)
      expect(message.text).toContain(`浙江工业大学提交了课程申报《${TITLE}》，请在后台开始评审。`)
      expect(message.text).toContain(`浙江工业大学 submitted the course proposal "${TITLE}".`)
      expect(message.text).toContain(`/admin/collections/submissions/${id}`)
    }
    expect(mail.messages.filter((message) => message.to.includes(accounts.partner.email))).toEqual([])
  })

  it('a request for changes emails the partner institution’s accounts with the reason, and no one else', async () => {
    await act(accounts.editorA.token, id, { action: 'start_review' })
    await act(accounts.editorA.token, id, { action: 'request_changes', comment: '请补充每次课的教学目标。' })
    for (const partner of [accounts.partner, accounts.colleague]) {
      const message = await mail.waitFor(about(partner.email, '退回修改'))
      expect(message.subject).toBe(`【退回修改】${TITLE} / Changes requested: ${TITLE}`)
      expect(message.text).toContain(`您的课程申报《${TITLE}》需要修改：请补充每次课的教学目标。`)
      expect(message.text).toContain(`Changes were requested on your submission "${TITLE}": 请补充每次课的教学目标。`)
    }
    expect(mail.messages.some((message) => message.to.includes(accounts.otherPartner.email))).toBe(false)
  })

  it('a decision emails the partner with the decision and its reason', async () => {
    await act(accounts.partner.token, id, { action: 'submit' })
    await act(accounts.editorB.token, id, { action: 'start_review' })
    await act(accounts.editorB.token, id, { action: 'accept', comment: '内容扎实，予以录用。' })
    const message = await mail.waitFor(about(accounts.partner.email, '评审结果'))
    expect(message.subject).toBe(`【评审结果】${TITLE}：已录用 / Decision on ${TITLE}: Accepted`)
    expect(message.text).toContain('理由：内容扎实，予以录用。')
    expect(message.text).toContain(`Your submission "${TITLE}" was decided: Accepted.`)
  })

  it('each recipient lists exactly their own notices in the admin, each marked as emailed', async () => {
    const partner = await settledNotices(accounts.partner.token, 2)
    expect(partner.map(({ event, emailStatus }) => [event, emailStatus])).toEqual([
      ['changes_requested', 'sent'],
      ['decided', 'sent'],
    ])
    const editor = await settledNotices(accounts.editorA.token, 2)
    expect(editor.map(({ event, subject }) => [event, subject])).toEqual([
      ['submitted', `【收到申报】${TITLE} / Submission received: ${TITLE}`],
      ['submitted', `【收到申报】${TITLE} / Submission received: ${TITLE}`],
    ])
    expect(await noticesOf(accounts.otherPartner.token)).toEqual([])
    // Only the delivery writes notices.
    expect(
      (
        await rest(cms, 'POST', '/notifications', {
          token: accounts.editorA.token,
          body: { subject: 'x', event: 'submitted', recipient: 'x' },
        })
      ).status,
    ).toBe(403)
  })
})

describe('a mail server that refuses', () => {
  let broken: TestCms
  beforeAll(async () => {
    // A port nothing listens on: the connection is refused.
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo
        probe.close(() => resolve(free))
      })
    })
    broken = await startCms(database, { mail: { host: '127.0.0.1', port } })
  })
  afterAll(async () => {
    await broken.stop()
  })

  it('neither fails nor holds up the save; the recipient’s notice says the email failed', async () => {
    const partner = (await signInPartner(broken, 'seed:partner-zjsru')).token!
    const created = await rest<{ doc: { id: string } }>(broken, 'POST', '/submissions', {
      token: partner,
      body: { title: '邮件失败也照常提交', call },
    })
    const submitted = await rest<{ doc: { state: string } }>(broken, 'PATCH', `/submissions/${created.body.doc.id}`, {
      token: partner,
      body: { action: 'submit' },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.state).toBe('submitted')
    const notices = await settledNotices(accounts.editorA.token, 3)
    expect(notices.at(-1)).toMatchObject({
      subject: expect.stringContaining('邮件失败也照常提交'),
      emailStatus: 'failed',
      emailError: expect.stringContaining('ECONNREFUSED'),
    })
  })
})

describe('no mail server configured', () => {
  it('keeps the notice and says no email was sent', async () => {
    const quiet = await startCms(database)
    try {
      const partner = (await signInPartner(quiet, 'seed:partner-zjsru')).token!
      const created = await rest<{ doc: { id: string } }>(quiet, 'POST', '/submissions', {
        token: partner,
        body: { title: '没有邮件服务器', call },
      })
      expect(
        (
          await rest(quiet, 'PATCH', `/submissions/${created.body.doc.id}`, {
            token: partner,
            body: { action: 'submit' },
          })
        ).status,
      ).toBe(200)
      const notices = await settledNotices(accounts.editorB.token, 4)
      expect(notices.at(-1)).toMatchObject({
        subject: expect.stringContaining('没有邮件服务器'),
        emailStatus: 'not_configured',
      })
    } finally {
      await quiet.stop()
    }
  })
})
