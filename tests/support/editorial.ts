/**
 * The editorial review as tests drive it over REST: an author sends a draft
 * to review and a second editor approves and publishes, the only road to the
 * catalogue for a signed-in user.
 */
import { rest, type RestResponse, type TestCms } from './cms.ts'
import { signIn } from './users.ts'

export type ReviewedCollection = 'courses' | 'lecture-series' | 'course-collections'

export interface Desk {
  cms: TestCms
  /** Writes and sends to review. */
  author: string
  /** Approves and publishes. */
  reviewer: string
}

/** An editorial desk of two editors; `author` is a signed-in editor's token when the suite already has one. */
export async function newDesk(cms: TestCms, author?: string): Promise<Desk> {
  return { cms, author: author ?? (await signIn(cms, 'editor')).token!, reviewer: (await signIn(cms, 'editor')).token! }
}

interface Saved {
  doc: { id: string; _status?: string; review?: { state?: string } }
}

function expectOk(response: RestResponse<unknown>, what: string): void {
  if (response.status >= 300)
    throw new Error(`${what} failed with ${response.status}: ${JSON.stringify(response.body)}`)
}

/** Saves changes as a draft and sends the item to review (if it is not already there). */
export async function sendToReview(
  desk: Desk,
  collection: ReviewedCollection,
  id: string,
  changes: Record<string, unknown> = {},
  query = '',
): Promise<void> {
  const saved = await rest<Saved>(desk.cms, 'PATCH', `/${collection}/${id}?draft=true${query}`, {
    token: desk.author,
    body: changes,
  })
  expectOk(saved, 'draft save')
  if (saved.body.doc.review?.state === 'in_review') return
  expectOk(
    await rest(desk.cms, 'PATCH', `/${collection}/${id}?draft=true`, {
      token: desk.author,
      body: { reviewAction: 'submit' },
    }),
    'send to review',
  )
}

/** The second editor approves and publishes in one save. */
export function approveAndPublish(
  desk: Desk,
  collection: ReviewedCollection,
  id: string,
  changes: Record<string, unknown> = {},
): Promise<RestResponse<Saved>> {
  return rest<Saved>(desk.cms, 'PATCH', `/${collection}/${id}`, {
    token: desk.reviewer,
    body: { ...changes, reviewAction: 'approve', _status: 'published' },
  })
}

/** Creates an item and takes it all the way to published; returns its id. */
export async function createPublished(
  desk: Desk,
  collection: ReviewedCollection,
  body: Record<string, unknown>,
  query = '',
): Promise<string> {
  const created = await rest<Saved>(desk.cms, 'POST', `/${collection}?draft=true${query}`, {
    token: desk.author,
    body: { ...body, reviewAction: 'submit' },
  })
  expectOk(created, 'create')
  const published = await approveAndPublish(desk, collection, created.body.doc.id)
  expectOk(published, 'approve and publish')
  return created.body.doc.id
}

/** Edits a published (or any) item and takes the edit through review to published. */
export async function republish(
  desk: Desk,
  collection: ReviewedCollection,
  id: string,
  changes: Record<string, unknown>,
  query = '',
): Promise<void> {
  await sendToReview(desk, collection, id, changes, query)
  expectOk(await approveAndPublish(desk, collection, id, {}), 'republish')
}
