/**
 * Signing in to the CMS over its REST API: a wrong password is a 401 (not a
 * server error, which FerretDB's missing findAndModify projection used to
 * cause) and the account locks after the configured number of attempts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../server/config/limits.ts'
import { freshDatabase } from '../support/database.ts'
import { rest, startCms, type TestCms } from '../support/cms.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms

beforeAll(async () => {
  database = await freshDatabase('auth')
  cms = await startCms(database)
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

async function createEditor(email: string, password: string) {
  await cms.payload.create({ collection: 'users', data: { email, password, role: 'editor' }, overrideAccess: true })
}

const login = (email: string, password: string) => rest(cms, 'POST', '/users/login', { body: { email, password } })

describe('login', () => {
  it('signs in with the right password and returns a token', async () => {
    await createEditor('right@example.org', 'correct horse battery')
    const response = await login('right@example.org', 'correct horse battery')
    expect(response.status).toBe(200)
    expect(response.body.token).toEqual(expect.any(String))
  })

  it('answers a wrong password with 401 and counts the attempt', async () => {
    await createEditor('wrong@example.org', 'correct horse battery')
    const response = await login('wrong@example.org', 'not the password')
    expect(response.status).toBe(401)
    expect(JSON.stringify(response.body)).toMatch(/incorrect|不正确/i)

    const stored = await database.db.collection('users').findOne({ email: 'wrong@example.org' })
    expect(stored?.loginAttempts).toBe(1)
  })

  it(`locks the account after ${limits.auth.maxLoginAttempts} wrong passwords, even against the right one`, async () => {
    await createEditor('locked@example.org', 'correct horse battery')
    for (let attempt = 1; attempt <= limits.auth.maxLoginAttempts; attempt++) {
      const response = await login('locked@example.org', `wrong ${attempt}`)
      expect(response.status).toBe(401)
    }
    const stored = await database.db.collection('users').findOne({ email: 'locked@example.org' })
    expect(new Date(stored?.lockUntil).getTime()).toBeGreaterThan(Date.now())

    const withRightPassword = await login('locked@example.org', 'correct horse battery')
    expect(withRightPassword.status).toBe(401)
    expect(JSON.stringify(withRightPassword.body)).toMatch(/locked|锁定/i)
  })

  it('resets the counter after a successful sign-in', async () => {
    await createEditor('reset@example.org', 'correct horse battery')
    await login('reset@example.org', 'wrong')
    await login('reset@example.org', 'wrong again')
    expect((await login('reset@example.org', 'correct horse battery')).status).toBe(200)
    const stored = await database.db.collection('users').findOne({ email: 'reset@example.org' })
    expect(stored?.loginAttempts).toBe(0)
  })
})
