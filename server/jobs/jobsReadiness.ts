/**
 * When a jobs process is ready: it has finished a round of the queue lately.
 * Before its first round, or when its rounds keep failing or hang, an
 * orchestrator should see it unready (and restart or page) rather than trust
 * a process whose scheduled publishes are not going out.
 */
import { limits } from '../config/limits.ts'

/** Throws, with the reason /readyz shows, unless a round finished within the allowed number of intervals. */
export function assertJobsRunning(lastRoundAt: Date | null, now: Date, intervalMs: number): void {
  if (!lastRoundAt) throw new Error('尚未完成第一轮任务检查。The jobs queue has not finished its first round yet.')
  const ageMs = now.getTime() - lastRoundAt.getTime()
  const allowedMs = intervalMs * limits.production.jobsStaleRounds
  if (ageMs > allowedMs) {
    throw new Error(`上一轮任务检查已过去 ${Math.round(ageMs / 1000)} 秒（上限 ${Math.round(allowedMs / 1000)} 秒）。The last finished round of the jobs queue was ${Math.round(ageMs / 1000)} s ago (allowed: ${Math.round(allowedMs / 1000)} s).`)
  }
}
