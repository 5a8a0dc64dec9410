/**
 * A failed sign-in must not tell whether an account exists: a wrong password
 * for a real account and any password for an unknown email get the same
 * answer in about the same time (median of several tries, interleaved so a
 * busy machine slows both alike). Each try comes from a loopback address of
 * its own, as a guesser spread over many clients would, so the per-address
 * throttle (tests/cms/loginThrottle.test.ts) is not what is timed.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { freshDatabase } from '../../support/database.ts'
import { startCms, type TestCms } from '../../support/cms.ts'
import { newAccount } from '../../support/users.ts'

const TRIES = 7
/** Above this, the difference is the hash one side skipped, not noise. */
const MAX_RATIO = 1.5

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
const accounts: string[] = []

beforeAll(async () => {
  database = await freshDatabase('login_timing')
  cms = await startCms(database)
  // One account per try, so no account reaches the lockout.
  for (let i = 0; i < TRIES; i++) accounts.push((await newAccount(cms, 'partner')).email)
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

let client = 1

/** A failed sign-in from the next loopback address (127.0.1.1, 127.0.1.2, …). */
function timedLogin(email: string): Promise<{ ms: number; status: number; body: unknown }> {
  const body = JSON.stringify({ email, password: 'not the password' })
  const url = new URL(`${cms.apiUrl}/users/login`)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: `127.0.1.${client++}`,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({
            ms: performance.now() - started,
            status: response.statusCode ?? 0,
            body: JSON.parse(text) as unknown,
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('a failed sign-in', () => {
  it('takes as long and reads the same for a real account as for an unknown email', async () => {
    // A first request of each kind warms the handlers up.
    await timedLogin(`warm-up-${Date.now()}@example.org`)
    const existing: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < TRIES; i++) {
      const wrongPassword = await timedLogin(accounts[i]!)
      const noAccount = await timedLogin(`nobody-${i}-${Date.now()}@example.org`)
      expect(wrongPassword.status).toBe(401)
      expect(noAccount.status).toBe(401)
      expect(noAccount.body).toEqual(wrongPassword.body)
      existing.push(wrongPassword.ms)
      unknown.push(noAccount.ms)
    }
    const ratio = median(existing) / median(unknown)
    console.info(
      `sign-in failures: real account median ${median(existing).toFixed(0)} ms, unknown email median ${median(unknown).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`,
    )
    expect(ratio).toBeLessThan(MAX_RATIO)
    expect(ratio).toBeGreaterThan(1 / MAX_RATIO)
  })
})
