/** A jobs process is ready only while its rounds of the queue keep finishing. */
import { describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { assertJobsRunning } from '../../../server/jobs/jobsReadiness.ts'

const now = new Date('2026-12-01T06:00:00Z')
const interval = 10_000
const ago = (ms: number) => new Date(now.getTime() - ms)

describe('jobs readiness', () => {
  it.each([
    ['a round just finished', ago(1_000), null],
    ['the last round is exactly at the bound', ago(interval * limits.production.jobsStaleRounds), null],
    ['no round has finished yet', null, 'has not finished its first round'],
    ['the last round is older than the bound', ago(interval * limits.production.jobsStaleRounds + 1_000), 'was 31 s ago (allowed: 30 s)'],
  ])('%s', (_, lastRoundAt, reason) => {
    const check = () => assertJobsRunning(lastRoundAt, now, interval)
    if (reason === null) expect(check).not.toThrow()
    else expect(check).toThrow(reason)
  })
})
