/**
 * When a jobs process is ready: its runner has moved lately (read the queue
 * or finished a job). Before its first look, or when its reads keep failing
 * or a job hangs, an orchestrator should see it unready (and restart or
 * page) rather than trust a process whose scheduled publishes are not going
 * out. A long round of many jobs keeps moving, so it stays ready.
 */
import { limits } from '../config/limits.ts'

/** Throws, with the reason /readyz shows, unless the runner moved within the allowed number of intervals. */
export function assertJobsRunning(lastProgressAt: Date | null, now: Date, intervalMs: number): void {
  if (!lastProgressAt) throw new Error('尚未完成第一次任务检查。The jobs queue has not been read yet.')
  const ageMs = now.getTime() - lastProgressAt.getTime()
  const allowedMs = intervalMs * limits.production.jobsStaleRounds
  if (ageMs > allowedMs) {
    throw new Error(
      `任务队列已 ${Math.round(ageMs / 1000)} 秒没有进展（上限 ${Math.round(allowedMs / 1000)} 秒）。The jobs runner last moved ${Math.round(ageMs / 1000)} s ago (allowed: ${Math.round(allowedMs / 1000)} s).`,
    )
  }
}
