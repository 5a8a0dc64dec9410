/**
 * What a decision creates from a submission: a course draft prefilled from
 * the proposal and linked back to it (accept), or a proposed purchase with
 * its course draft (to purchase). The drafts then follow the editorial review.
 * Created as the system, so the deciding editor's review rules do not apply
 * to these first saves.
 */
import type { Payload } from 'payload'
import { relationId } from '../fields/relationId.ts'
import { toSlug } from '../fields/slug.ts'

export interface SubmissionSource {
  id: string | number
  title: string
  summary?: string | null
  syllabus?: unknown
  topics?: string[] | null
  audiences?: string[] | null
  mode?: string | null
  institution: string
  proposedTeachers?: string[] | null
  creditHours?: number | null
  priceCny?: number | null
  licenseMonths?: number | null
  call?: string | number | { id: string | number } | null
}

const MONTH_MS = 30 * 24 * 60 * 60 * 1000

export async function courseDraftFrom(payload: Payload, submission: SubmissionSource, origin: { kind: 'submission' | 'purchase' }, extra: Record<string, unknown> = {}) {
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
      body: (submission.syllabus ?? undefined) as never,
      topics: (submission.topics ?? []) as never,
      audiences: (submission.audiences ?? []) as never,
      mode: (submission.mode ?? undefined) as never,
      provider: submission.institution,
      teachers: submission.proposedTeachers ?? [],
      creditHours: submission.creditHours ?? undefined,
      origin: { ...origin, submission: submission.id } as never,
      ...extra,
    },
  })
}

export async function purchaseFrom(payload: Payload, submission: SubmissionSource, proposedBy: string | number | null, now: Date = new Date()) {
  const months = submission.licenseMonths ?? 12
  return payload.create({
    collection: 'purchases',
    overrideAccess: true,
    context: { proposedBy },
    data: {
      vendor: submission.institution,
      item: submission.title,
      priceCny: submission.priceCny ?? 0,
      licenseStart: now.toISOString(),
      licenseEnd: new Date(now.getTime() + months * MONTH_MS).toISOString(),
      budgetYear: now.getFullYear(),
      call: relationId(submission.call) as never,
      submission: submission.id as never,
      state: 'proposed',
    },
  })
}
