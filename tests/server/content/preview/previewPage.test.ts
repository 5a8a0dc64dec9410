/**
 * The page the admin's 预览 Preview button opens, asked for from outside as
 * a browser would: an editor signed in to the admin (its session cookie, or
 * a JWT) reads the draft's current, unpublished title, as the graph's
 * preview query answers it; a partner and an anonymous visitor get a page
 * saying why not, with 403 and 401.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { rest } from '../../../support/cms.ts'
import { createPublished, type Desk, newDesk } from '../../../support/editorial.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { signIn, signInPartner, type Credentials } from '../../../support/users.ts'

let stack: TestStack
let editor: Credentials
let partner: Credentials
let courseId: string
let seriesId: string

const pageUrl = (kind: string, id: string) => stack.hub.url.replace(/\/graphql$/, `/preview/${kind}/${id}`)

async function open(kind: string, id: string, headers: Record<string, string> = {}) {
  const response = await fetch(pageUrl(kind, id), { headers })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    cache: response.headers.get('cache-control'),
    html: await response.text(),
  }
}

beforeAll(async () => {
  stack = await startStack('preview_page')
  await seedRegistry(stack.database.db)
  editor = await signIn(stack.cms, 'editor')
  partner = await signInPartner(stack.cms, 'seed:partner-zjut')
  const desk: Desk = await newDesk(stack.cms, editor.token!)
  courseId = await createPublished(desk, 'courses', {
    title: '已发布的茶艺课',
    summary: '公开的简介',
    topics: ['HANDICRAFT'],
    creditHours: 6,
  })
  await rest(stack.cms, 'PATCH', `/courses/${courseId}?draft=true`, {
    token: editor.token,
    body: { title: '茶艺课（修改中）' },
  })
  const series = await rest<{ doc: { id: string } }>(stack.cms, 'POST', '/lecture-series?draft=true', {
    token: editor.token,
    body: {
      title: '草稿：运河故事讲座',
      sessions: [
        {
          startsAt: '2027-04-03T06:00:00.000Z',
          endsAt: '2027-04-03T07:30:00.000Z',
          teachers: ['seed:teacher-002'],
          capacity: 30,
        },
      ],
    },
  })
  seriesId = series.body.doc.id
}, 300_000)

afterAll(async () => {
  await stack.stop()
})

describe('the preview page', () => {
  it('shows an editor, signed in by the admin session cookie, the draft’s current title, not the published one', async () => {
    const page = await open('courses', courseId, { cookie: `payload-token=${editor.token}` })
    expect(page.status).toBe(200)
    expect(page.type).toContain('text/html')
    expect(page.cache).toBe('no-store')
    expect(page.html).toContain('茶艺课（修改中）')
    expect(page.html).not.toContain('已发布的茶艺课')
    expect(page.html).toContain('手工技艺 Handicraft')
  })

  it('shows a never-published series draft with its session, by JWT as well', async () => {
    const page = await open('series', seriesId, { authorization: `JWT ${editor.token}` })
    expect(page.status).toBe(200)
    expect(page.html).toContain('草稿：运河故事讲座')
    expect(page.html).toContain('第 01 场')
    expect(page.html).toContain('2027年4月3日')
  })

  it('writes a draft title that holds markup as text, on a page that runs no script', async () => {
    const hostile = '<script>alert("草稿")</script><img src=x onerror=alert(1)>'
    const draft = await rest<{ doc: { id: string } }>(stack.cms, 'POST', '/courses?draft=true', {
      token: editor.token,
      body: { title: hostile },
    })
    const response = await fetch(pageUrl('courses', draft.body.doc.id), {
      headers: { cookie: `payload-token=${editor.token}` },
    })
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses a partner with a page saying only editors preview', async () => {
    const page = await open('courses', courseId, { cookie: `payload-token=${partner.token}` })
    expect(page.status).toBe(403)
    expect(page.html).toContain('只有编辑和管理员可以预览草稿')
    expect(page.html).not.toContain('茶艺课')
  })

  it('refuses an anonymous visitor with a page asking to sign in', async () => {
    const page = await open('courses', courseId)
    expect(page.status).toBe(401)
    expect(page.html).toContain('请先在管理后台登录')
    expect(page.html).not.toContain('茶艺课')
  })

  it('says so when there is no such draft, and leaves other paths to the hub', async () => {
    const missing = await open('collections', '000000000000000000000000', { authorization: `JWT ${editor.token}` })
    expect(missing.status).toBe(404)
    expect(missing.html).toContain('没有编号为 000000000000000000000000 的专题')
    expect((await open('teachers', 'x', { authorization: `JWT ${editor.token}` })).status).toBe(404)
  })
})
