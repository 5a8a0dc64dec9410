/**
 * Works Payload's jobs queue so that each due job runs once, however many
 * jobs processes share the database.
 *
 * Why not Payload's own runner: it reads the due jobs' ids and then sets
 * `processing: true` on those ids without checking that they were still
 * free, so two processes that look at the same moment both run the same job
 * (a scheduled publish published twice). FerretDB has no atomic
 * find-and-claim we could lean on either. So, like the change log's commit
 * numbers, a job is claimed by inserting a document with a unique `_id`
 * (job id + attempt number): exactly one insert wins on any MongoDB-compatible
 * server, and only the winner runs that attempt. Scheduled work (the hourly
 * license check) is queued the same way: the process that claims a tick's
 * slot asks Payload to queue what is due, the others skip that tick.
 */
import type { Db } from 'mongodb'
import type { Payload, Where } from 'payload'
import { isDuplicateKey } from '../database/duplicateKey.ts'

export const JOB_CLAIMS = 'hub_job_claims'

/** Claims older than this are pruned: a job attempt's claim only matters while that attempt could still be picked up. */
const CLAIM_RETENTION_MS = 7 * 24 * 60 * 60 * 1000

export interface JobsRound {
  ran: string[]
  skipped: number
  scheduled: boolean
}

async function claim(db: Db, id: string, by: string): Promise<boolean> {
  try {
    await db.collection<{ _id: string; at: Date; by: string }>(JOB_CLAIMS).insertOne({ _id: id, at: new Date(), by })
    return true
  } catch (error) {
    if (isDuplicateKey(error)) return false
    throw error
  }
}

function dueJobs(queue: string, now: Date): Where {
  return {
    and: [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: now.toISOString() } }] },
      { queue: { equals: queue } },
    ],
  }
}

export interface ClaimedRunnerOptions {
  queues: string[]
  intervalMs: number
  limit: number
  /** Names this process in its claims (host and pid), for whoever reads them. */
  worker: string
}

/** One round for one queue: queue due schedules (if this process won the tick), then run each due job it can claim. */
async function runQueueOnce(
  payload: Payload,
  db: Db,
  queue: string,
  options: ClaimedRunnerOptions,
  progress: () => void = () => {},
  now = new Date(),
): Promise<JobsRound> {
  const slot = Math.floor(now.getTime() / options.intervalMs)
  const scheduled = await claim(db, `schedule:${queue}:${slot}`, options.worker)
  if (scheduled) {
    await payload.jobs.handleSchedules({ queue })
    await db.collection(JOB_CLAIMS).deleteMany({ at: { $lt: new Date(now.getTime() - CLAIM_RETENTION_MS) } })
  }
  const due = await payload.find({
    collection: 'payload-jobs',
    where: dueJobs(queue, now),
    limit: options.limit,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  progress()
  const ran: string[] = []
  let skipped = 0
  for (const job of due.docs) {
    if (!(await claim(db, `run:${job.id}:${job.totalTried ?? 0}`, options.worker))) {
      skipped += 1
      continue
    }
    await payload.jobs.runByID({ id: job.id, overrideAccess: true, silent: true })
    ran.push(String(job.id))
    progress()
  }
  return { ran, skipped, scheduled }
}

export interface RunningJobs {
  /** Finishes the round under way, then stops. */
  stop(): Promise<void>
  /**
   * When the runner last moved: read a queue's due jobs or finished one (null
   * before the first read). A round of many slow jobs keeps moving; a runner
   * whose reads fail or whose job hangs does not.
   */
  lastProgressAt(): Date | null
}

export function startClaimedJobs(
  payload: Payload,
  db: Db,
  options: ClaimedRunnerOptions,
  log: (message: string, error?: unknown) => void,
): RunningJobs {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let current: Promise<void> = Promise.resolve()
  let lastProgressAt: Date | null = null
  const progress = () => {
    lastProgressAt = new Date()
  }
  const round = async () => {
    try {
      for (const queue of options.queues) {
        const result = await runQueueOnce(payload, db, queue, options, progress)
        if (result.ran.length > 0)
          log(
            `queue ${queue}: ran ${result.ran.length} job(s)${result.skipped ? `, ${result.skipped} taken by another process` : ''}`,
          )
      }
    } catch (error) {
      log('a round of the jobs queue failed', error)
    }
  }
  const tick = () => {
    if (stopped) return
    current = round().finally(() => {
      // Aligned to the interval, so every jobs process looks at the same tick and the slot claim decides.
      if (!stopped) timer = setTimeout(tick, options.intervalMs - (Date.now() % options.intervalMs))
    })
  }
  tick()
  return {
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await current
    },
    lastProgressAt: () => lastProgressAt,
  }
}
