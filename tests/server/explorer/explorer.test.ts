/**
 * The graph explorer in a real browser (Chromium, offline: every request
 * that leaves the hub is refused and counted): GET /graphql shows GraphiQL
 * served by the hub, with the documented `Streets` operation as its first
 * tab; running it shows the district's streets. In production the page is
 * off unless a setting turns it on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { startHub, type RunningHub } from '../../../server/app.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { launchBrowser } from '../../support/adminPage.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack
let production: RunningHub
let browser: Browser

beforeAll(async () => {
  stack = await startStack('explorer')
  await seedRegistry(stack.database.db)
  production = await startHub(
    { db: stack.database.db, payload: stack.cms.payload, hubVersion },
    { port: 0, host: '127.0.0.1', log: () => {}, production: true, explorer: false },
  )
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await production?.stop()
  await stack?.stop()
})

describe('the graph explorer', () => {
  it('opens offline with the documented operations, runs `streets` and shows the answer', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const origin = new URL(stack.hub.url).origin
    const outside: string[] = []
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue()
      outside.push(route.request().url())
      return route.abort()
    })
    const page = await context.newPage()
    await page.goto(stack.hub.url, { timeout: 120_000 })
    // The first tab holds the documented Streets operation.
    await page.locator('.graphiql-tab-button, .graphiql-tab').first().waitFor({ timeout: 120_000 })
    // Monaco shows spaces as no-break spaces.
    await page.locator('.graphiql-query-editor').getByText('Streets').first().waitFor({ timeout: 60_000 })
    expect((await page.locator('.graphiql-query-editor').innerText()).replace(/\s+/g, ' ')).toContain(
      'query Streets { streets {',
    )
    await page.locator('.graphiql-execute-button').click()
    const response = page.locator('.graphiql-response')
    await expect(response.getByText('拱宸桥').first().waitFor({ timeout: 60_000 })).resolves.toBeUndefined()
    expect(await response.innerText()).toContain('"streets"')
    expect(outside).toEqual([])
    await context.close()
  })

  it('is off in production unless turned on: a browser gets no page there', async () => {
    const answer = await fetch(production.url, { headers: { accept: 'text/html' } })
    expect(answer.headers.get('content-type') ?? '').not.toMatch(/text\/html/)
    expect(await (await fetch(`${new URL(production.url).origin}/explorer/explorer.js`)).status).toBe(404)
  })
})
