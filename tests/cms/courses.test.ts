/**
 * Courses through the CMS's REST API as an editor: drafts stay drafts,
 * publishing makes a version, the title is localized (zh default, en), and
 * rich text survives keys that FerretDB would refuse.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { freshDatabase } from '../support/database.ts'
import { createUserAndLogin, rest, startCms, type TestCms } from '../support/cms.ts'
import { approveAndPublish, sendToReview, type Desk } from '../support/editorial.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string
let desk: Desk

beforeAll(async () => {
  database = await freshDatabase('courses')
  cms = await startCms(database)
  editor = await createUserAndLogin(cms, { email: 'editor@example.org', password: 'editor password', role: 'editor' })
  const reviewer = await createUserAndLogin(cms, {
    email: 'reviewer@example.org',
    password: 'editor password',
    role: 'editor',
  })
  desk = { cms, author: editor, reviewer }
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

interface CourseDoc {
  id: string
  title: string
  slug: string
  _status: 'draft' | 'published'
  review?: { state?: string }
  body?: unknown
}

async function createDraft(title: string): Promise<CourseDoc> {
  const created = await rest<{ doc: CourseDoc }>(cms, 'POST', '/courses?draft=true', { token: editor, body: { title } })
  expect(created.status).toBe(201)
  return created.body.doc
}

describe('courses', () => {
  it('creates a draft with a pinyin slug, invisible to anonymous readers', async () => {
    const draft = await createDraft('智慧助老：手机入门')
    expect(draft._status).toBe('draft')
    expect(draft.slug).toBe('zhi-hui-zhu-lao-shou-ji-ru-men')

    const anonymous = await rest(cms, 'GET', `/courses/${draft.id}`)
    expect(anonymous.status).toBe(403)
  })

  it('publishes a draft and keeps each save as a version', async () => {
    const draft = await createDraft('家庭教育讲座')
    await sendToReview(desk, 'courses', draft.id)
    const published = await approveAndPublish(desk, 'courses', draft.id)
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')

    const edited = await rest<{ doc: CourseDoc }>(cms, 'PATCH', `/courses/${draft.id}?draft=true`, {
      token: editor,
      body: { title: '家庭教育讲座（修订）' },
    })
    expect(edited.status).toBe(200)

    // The published copy is untouched by the later draft edit.
    const live = await rest<CourseDoc>(cms, 'GET', `/courses/${draft.id}`, { token: editor })
    expect(live.body.title).toBe('家庭教育讲座')
    const latest = await rest<CourseDoc>(cms, 'GET', `/courses/${draft.id}?draft=true`, { token: editor })
    expect(latest.body.title).toBe('家庭教育讲座（修订）')

    const versions = await rest<{ docs: { version: CourseDoc }[]; totalDocs: number }>(
      cms,
      'GET',
      `/courses/versions?where[parent][equals]=${draft.id}&sort=createdAt`,
      { token: editor },
    )
    expect(versions.status).toBe(200)
    // Created, saved, sent to review, approved and published, then edited: the edit of a published course is back in review.
    expect(versions.body.docs.map((v) => [v.version._status, v.version.review?.state])).toEqual([
      ['draft', 'draft'],
      ['draft', 'draft'],
      ['draft', 'in_review'],
      ['published', 'published'],
      ['draft', 'in_review'],
    ])
  })

  it('restores an earlier version', async () => {
    const draft = await createDraft('科普知识：天文')
    await rest(cms, 'PATCH', `/courses/${draft.id}?draft=true`, { token: editor, body: { title: '科普知识：地理' } })
    const versions = await rest<{ docs: { id: string; version: CourseDoc }[] }>(
      cms,
      'GET',
      `/courses/versions?where[parent][equals]=${draft.id}&sort=createdAt`,
      { token: editor },
    )
    const first = versions.body.docs[0]!
    expect(first.version.title).toBe('科普知识：天文')

    const restored = await rest(cms, 'POST', `/courses/versions/${first.id}?draft=true`, { token: editor })
    expect(restored.status).toBe(200)
    const latest = await rest<CourseDoc>(cms, 'GET', `/courses/${draft.id}?draft=true`, { token: editor })
    expect(latest.body.title).toBe('科普知识：天文')
  })

  it('keeps a title per locale, Chinese by default, falling back to Chinese', async () => {
    const draft = await createDraft('营养保健')
    const english = await rest(cms, 'PATCH', `/courses/${draft.id}?draft=true&locale=en`, {
      token: editor,
      body: { title: 'Nutrition and health', summary: 'Eating well in later life' },
    })
    expect(english.status).toBe(200)

    const zh = await rest<CourseDoc & { summary?: string }>(cms, 'GET', `/courses/${draft.id}?draft=true`, {
      token: editor,
    })
    expect(zh.body.title).toBe('营养保健')
    const en = await rest<CourseDoc & { summary?: string }>(cms, 'GET', `/courses/${draft.id}?draft=true&locale=en`, {
      token: editor,
    })
    expect(en.body.title).toBe('Nutrition and health')
    expect(en.body.summary).toBe('Eating well in later life')

    const both = await rest<{ title: Record<string, string> }>(
      cms,
      'GET',
      `/courses/${draft.id}?draft=true&locale=all`,
      { token: editor },
    )
    expect(both.body.title).toEqual({ zh: '营养保健', en: 'Nutrition and health' })
  })

  it('stores rich text whose keys start with $ or contain a dot, and reads it back unchanged', async () => {
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            $: { 'highlight.color': 'yellow' },
            children: [{ type: 'text', version: 1, text: '历史文化', format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    }
    const created = await rest<{ doc: CourseDoc }>(cms, 'POST', '/courses?draft=true', {
      token: editor,
      body: { title: '历史文化', body },
    })
    expect(created.status).toBe(201)
    const read = await rest<CourseDoc>(cms, 'GET', `/courses/${created.body.doc.id}?draft=true`, { token: editor })
    expect(read.body.body).toEqual(body)
  })

  it('refuses a duplicate slug with the field named', async () => {
    await createDraft('法律知识')
    const duplicate = await rest<{ errors: { data?: { errors?: { path: string }[] } }[] }>(
      cms,
      'POST',
      '/courses?draft=true',
      {
        token: editor,
        body: { title: '法律知识' },
      },
    )
    expect(duplicate.status).toBe(400)
    expect(duplicate.body.errors[0]?.data?.errors?.[0]?.path).toBe('slug')
  })
})

describe('unique values on update', () => {
  // A draft save only writes a version; the live document, and its unique
  // index, is written when the edit is published.
  it('names the field when publishing an edit makes a slug clash', async () => {
    await createDraft('休闲娱乐')
    const other = await createDraft('手工技艺')
    await sendToReview(desk, 'courses', other.id)
    const clash = (await approveAndPublish(desk, 'courses', other.id, { slug: 'xiu-xian-yu-le' })) as unknown as {
      status: number
      body: { errors: { data?: { errors?: { path: string }[] } }[] }
    }
    expect(clash.status).toBe(400)
    expect(clash.body.errors[0]?.data?.errors?.[0]?.path).toBe('slug')
  })
})
