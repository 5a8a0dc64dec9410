/** Calls for courses as tests need them, created as the system. */
import type { TestCms } from './cms.ts'

const DAY_MS = 24 * 60 * 60 * 1000

export async function createCall(cms: TestCms, changes: Record<string, unknown> = {}): Promise<string> {
  const call = await cms.payload.create({
    collection: 'calls',
    overrideAccess: true,
    data: {
      title: '2027 年智慧助老课程征集',
      status: 'open',
      deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
      budgetCny: 100_000,
      seeks: 5,
      topics: ['DIGITAL_SKILLS'],
      audiences: ['OLDER_ADULTS'],
      ...changes,
    } as never,
  })
  return String(call.id)
}

export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()
