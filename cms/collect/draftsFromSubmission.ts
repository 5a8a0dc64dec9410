/**
 * What a decision creates from a submission: a course draft prefilled from
 * the proposal and linked back to it (accept), or a proposed purchase with
 * its course draft (to purchase). The drafts then follow the editorial review.
 * Created as the system, so the deciding editor's review rules do not apply
 * to these first saves.
 *
 * Each finder answers what an earlier run of the same decision already made,
 * so carrying a decision out twice (a retry after a crash between two
 * writes) reuses it instead of making a second draft or purchase.
 */
import type { Payload, Where } from 'payload'
import type { Course, Purchase, Submission } from '../payload-types.ts'
import { relationId } from '../fields/relationId.ts'
import { toSlug } from '../fields/slug.ts'

const MONTH_MS = 30 * 24 * 60 * 60 * 1000

/** The proposal's fields a course draft copies; the saved submission or the one being saved. */
export type SubmissionSource = Pick<
  Submission,
  | 'id'
  | 'title'
  | 'summary'
  | 'syllabus'
  | 'topics'
  | 'audiences'
  | 'mode'
  | 'institution'
  | 'proposedTeachers'
  | 'creditHours'
  | 'priceCny'
  | 'licenseMonths'
  | 'call'
>

type DraftExtra = Partial<Pick<Course, 'licenseExpiresAt' | 'origin'>>

export async function courseDraftFrom(
  payload: Payload,
  submission: SubmissionSource,
  origin: { kind: 'submission' | 'purchase' },
  extra: DraftExtra = {},
) {
  return payload.create({
    collection: 'courses',
    draft: true,
    overrideAccess: true,
    data: {
      _status: 'draft',
      title: submission.title,
      // Two partners may propose the same title: the submission's id keeps the slug unique.
      slug: `${toSlug(submission.title)}-${String(submission.id).slice(-6)}`,
      summary: submission.summary ?? undefined,
      body: submission.syllabus ?? undefined,
      topics: submission.topics ?? [],
      audiences: submission.audiences ?? [],
      mode: submission.mode ?? undefined,
      provider: submission.institution,
      teachers: submission.proposedTeachers ?? [],
      creditHours: submission.creditHours ?? undefined,
      origin: { ...origin, submission: submission.id },
      ...extra,
    },
  })
}

export async function purchaseFrom(
  payload: Payload,
  submission: SubmissionSource,
  proposedBy: string | number | null,
  now: Date = new Date(),
) {
  const months = submission.licenseMonths ?? 12
  return payload.create({
    collection: 'purchases',
    overrideAccess: true,
    context: { proposedBy },
    data: {
      vendor: submission.institution ?? undefined,
      item: submission.title,
      priceCny: submission.priceCny ?? 0,
      licenseStart: now.toISOString(),
      licenseEnd: new Date(now.getTime() + months * MONTH_MS).toISOString(),
      budgetYear: now.getFullYear(),
      call: relationId(submission.call),
      submission: submission.id,
      state: 'proposed',
    },
  })
}

/**
 * The course draft an earlier run of the same decision created, if any: for
 * a purchase, the one made for that purchase (it carries the license end).
 */
export async function draftOf(payload: Payload, submissionId: string, purchaseId?: string): Promise<Course | null> {
  const where: Where = purchaseId
    ? {
        and: [
          { 'origin.submission': { equals: submissionId } },
          { 'origin.kind': { equals: 'purchase' } },
          { 'origin.purchase': { equals: purchaseId } },
        ],
      }
    : { and: [{ 'origin.submission': { equals: submissionId } }, { 'origin.kind': { equals: 'submission' } }] }
  const { docs } = await payload.find({
    collection: 'courses',
    where,
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** The purchase an earlier run of this submission's decision created, if any. */
export async function purchaseOf(payload: Payload, submissionId: string): Promise<Purchase | null> {
  // A cancelled purchase is history, not one to carry on with.
  const { docs } = await payload.find({
    collection: 'purchases',
    where: { and: [{ submission: { equals: submissionId } }, { state: { not_equals: 'cancelled' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
