/**
 * The license job: purchased courses whose license has ended are taken out
 * of the catalogue and unpublished, so the admin shows the truth too. It runs
 * on a schedule through Payload's jobs queue; running it twice changes nothing.
 */
import type { Payload, TaskConfig } from 'payload'
import { courseProjector } from '../catalogue/projectors.ts'

export interface ExpiryReport {
  expired: string[]
}

export async function expireLicenses(payload: Payload, now: Date = new Date()): Promise<ExpiryReport> {
  const due = await payload.find({
    collection: 'courses',
    where: {
      and: [{ _status: { equals: 'published' } }, { licenseExpiresAt: { less_than_equal: now.toISOString() } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const expired: string[] = []
  for (const course of due.docs) {
    // Projecting first takes it out of the catalogue even if the unpublish below fails.
    await courseProjector.project(payload, course.id)
    await payload.update({
      collection: 'courses',
      id: course.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      context: { reason: 'license expired' },
    })
    expired.push(String(course.id))
  }
  return { expired }
}

export function expireLicensesTask(cron: string): TaskConfig<{ input: object; output: { expired: number } }> {
  return {
    slug: 'expireLicenses',
    label: '授权到期下架 · Unpublish expired licenses',
    schedule: [{ cron, queue: 'maintenance' }],
    outputSchema: [{ name: 'expired', type: 'number' }],
    handler: async ({ req }) => ({ output: { expired: (await expireLicenses(req.payload)).expired.length } }),
  }
}
