/**
 * Payload's jobs queue, actually running (every second here): a scheduled
 * publish and unpublish of an approved course happen on time and reach the
 * catalogue; a scheduled publish of an unapproved course fails and changes
 * nothing; a purchased course leaves the catalogue when its license ends.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { catalogueCourses } from '../../../server/catalogue/courseProjection.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { createPublished, type Desk, newDesk } from '../../support/editorial.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let desk: Desk
let reviewerId: string

beforeAll(async () => {
  database = await freshDatabase('scheduled_publishing')
  cms = await startCms(database, { runJobs: true })
  desk = await newDesk(cms)
  reviewerId = String(
    (await rest<{ user: { id: string } }>(cms, 'GET', '/users/me', { token: desk.reviewer })).body.user.id,
  )
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const value = await probe()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** What the admin's schedule drawer queues: the scheduling user is kept, and the job runs as them. */
function schedule(type: 'publish' | 'unpublish', id: string, inMs: number) {
  return cms.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'courses', value: id }, user: { relationTo: 'users', value: reviewerId } },
    waitUntil: new Date(Date.now() + inMs),
  })
}

async function approvedDraft(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', {
    token: desk.author,
    body: { title, ...extra, reviewAction: 'submit' },
  })
  const approved = await rest(cms, 'PATCH', `/courses/${created.body.doc.id}?draft=true`, {
    token: desk.reviewer,
    body: { reviewAction: 'approve' },
  })
  expect(approved.status).toBe(200)
  return created.body.doc.id
}

const listed = async (id: string) => (await catalogueCourses(database.db).findOne({ _id: id }))?.removed === false

describe('scheduled publishing', () => {
  it('publishes an approved course when its time comes, then unpublishes it on schedule', async () => {
    const id = await approvedDraft('定时发布的课程')
    await schedule('publish', id, 1500)
    expect(await listed(id)).toBe(false)
    expect(await eventually(() => listed(id), Boolean)).toBe(true)

    await schedule('unpublish', id, 500)
    expect(
      await eventually(
        () => listed(id),
        (value) => !value,
      ),
    ).toBe(false)
  })

  it('does not publish a course that was never approved', async () => {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', {
      token: desk.author,
      body: { title: '未审核的定时课程' },
    })
    const job = await schedule('publish', created.body.doc.id, 200)
    const finished = await eventually(
      () => cms.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true }),
      (state) => Boolean(state.hasError || state.completedAt),
    )
    expect(finished.hasError).toBe(true)
    // The job log keeps the refusal's reason.
    expect((finished.log as unknown as { state: string; error: { message: string } }[])[0]).toMatchObject({
      state: 'failed',
      error: { message: '须先审核通过才能发布。Only an approved item can be published.' },
    })
    expect(await listed(created.body.doc.id)).toBe(false)
  })
})

describe('license expiry', () => {
  it('refuses to publish a purchased course whose license has ended', async () => {
    const id = await approvedDraft('过期授权课程', {
      origin: { kind: 'purchase' },
      licenseExpiresAt: '2026-01-01T00:00:00.000Z',
    })
    const response = await rest<{ errors: { data: { errors: unknown[] } }[] }>(cms, 'PATCH', `/courses/${id}`, {
      token: desk.reviewer,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0]?.data.errors).toEqual([
      {
        path: 'licenseExpiresAt',
        message:
          '授权已于 2026-01-01 到期，不能发布。The license expired on 2026-01-01; the course cannot be published.',
      },
    ])
  })

  // The license ends 15 s on: room for the review and publish steps on a busy machine, then the hourly task's run.
  it('takes a purchased course out of the catalogue and unpublishes it when the license ends', async () => {
    const id = await createPublished(desk, 'courses', {
      title: '购买的课程',
      origin: { kind: 'purchase' },
      licenseExpiresAt: new Date(Date.now() + 15_000).toISOString(),
    })
    expect(await listed(id)).toBe(true)
    expect(
      await eventually(
        () => listed(id),
        (value) => !value,
      ),
    ).toBe(false)
    const course = await eventually(
      () => cms.payload.findByID({ collection: 'courses', id, overrideAccess: true, depth: 0 }),
      (doc) => doc._status === 'draft',
    )
    expect(course._status).toBe('draft')
  })
})
