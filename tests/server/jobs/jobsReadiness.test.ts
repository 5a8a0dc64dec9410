/** A jobs process is ready only while its runner keeps moving. */
import { describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { assertJobsRunning } from '../../../server/jobs/jobsReadiness.ts'

const now = new Date('2026-12-01T06:00:00Z')
const interval = 10_000
const ago = (ms: number) => new Date(now.getTime() - ms)

describe('jobs readiness', () => {
  it.each([
    ['the runner moved a second ago', ago(1_000), null],
    ['the runner moved exactly at the bound', ago(interval * limits.production.jobsStaleRounds), null],
    ['the queue has not been read yet', null, 'has not been read yet'],
    [
      'the runner last moved longer ago than the bound',
      ago(interval * limits.production.jobsStaleRounds + 1_000),
      'last moved 31 s ago (allowed: 30 s)',
    ],
  ])('%s', (_, lastProgressAt, reason) => {
    const check = () => assertJobsRunning(lastProgressAt, now, interval)
    if (reason === null) expect(check).not.toThrow()
    else expect(check).toThrow(reason)
  })
})
