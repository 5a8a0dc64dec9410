/**
 * The frame of a browser suite: its own database with the registry seeded, a
 * CMS, the built admin and Chromium, started before the suite's tests and
 * stopped after them. `prepare` adds the suite's own records (teachers,
 * courses, accounts) before the admin starts.
 */
import { afterAll, beforeAll } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { seedRegistry } from '../../seeds/seedAll.ts'
import { ADMIN_START_TIMEOUT_MS, startAdmin, type RunningAdmin } from './admin.ts'
import { launchBrowser, newAdminPage, signIn } from './adminPage.ts'
import { startCms, type TestCms } from './cms.ts'
import { freshDatabase, type TestDatabase } from './database.ts'

export interface AdminSuite {
  database: TestDatabase
  cms: TestCms
  /** A fresh browser profile signed in as `account`, speaking Chinese unless `locale` says otherwise. */
  asUser(
    account: { email: string; password: string },
    locale?: string,
  ): Promise<{ context: BrowserContext; page: Page }>
}

export function useAdminSuite(
  label: string,
  prepare: (suite: Pick<AdminSuite, 'database' | 'cms'>) => Promise<void>,
): AdminSuite {
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined
  let cms: TestCms | undefined
  let admin: RunningAdmin | undefined
  let browser: Browser | undefined
  const suite: AdminSuite = {
    get database() {
      return database!
    },
    get cms() {
      return cms!
    },
    async asUser(account, locale) {
      const opened = await newAdminPage(browser!, admin!, locale)
      await signIn(opened.page, account)
      return opened
    },
  }

  beforeAll(async () => {
    database = await freshDatabase(label)
    await seedRegistry(database.db)
    cms = await startCms(database)
    await prepare(suite)
    // One secret for the admin and the suite's CMS, as every process of a deployment shares one: a session
    // signed in through the admin is then also valid for a hub served by the suite (the preview page).
    admin = await startAdmin(database, { secret: cms.secret })
    browser = await launchBrowser()
  }, ADMIN_START_TIMEOUT_MS + 120_000)

  afterAll(async () => {
    await browser?.close()
    await admin?.stop()
    await cms?.stop()
    await database?.dropAndClose()
  }, 60_000)

  return suite
}
