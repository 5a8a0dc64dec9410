/**
 * An editor's hands in the admin, for browser tests: Debian's Chromium driven
 * by playwright-core, and the steps editors take (sign in, open a course,
 * pick a registry record, choose an option, save a draft, publish), each
 * waiting for the admin's own confirmation rather than for fixed delays.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core'
import type { RunningAdmin } from './admin.ts'

/** Debian's package; CI installs it (.ci/run). `CHROMIUM_PATH` points elsewhere. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** How long one step may wait for the admin: a first render of a page can take seconds on two busy cores. */
export const STEP_TIMEOUT_MS = 60_000

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in a container has no user namespaces for the sandbox, no GPU and a small /dev/shm.
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
}

/** A fresh browser profile (no cookies) speaking Chinese, as the district's editors do. */
export async function newAdminPage(browser: Browser, admin: RunningAdmin): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: admin.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  context.setDefaultTimeout(STEP_TIMEOUT_MS)
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS)
  const page = await context.newPage()
  return { context, page }
}

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
}

/** Opens a document's edit view and waits until its form is ready to edit. */
export async function openDocument(page: Page, collection: string, id: string): Promise<void> {
  await page.goto(`/admin/collections/${collection}/${id}`)
  await page.locator('form .document-fields').waitFor()
  // Whoever edited it last (a browser since closed) may still hold Payload's edit lock
  // for a while; the next editor takes it over, as the admin offers.
  const locked = page.locator('dialog#document-locked')
  if (await locked.waitFor({ state: 'visible', timeout: LOCK_NOTICE_MS }).then(() => true, () => false)) {
    await locked.getByRole('button', { name: '接管' }).click()
    await locked.waitFor({ state: 'hidden' })
  }
}

/** How long the admin may take to tell that someone else holds the document. */
const LOCK_NOTICE_MS = 2_000

export const openCourse = (page: Page, id: string) => openDocument(page, 'courses', id)

/** The field's wrapper, as Payload and the registry picker both name it. */
export const field = (page: Page, name: string) => page.locator(`#field-${name.replace(/\./g, '__')}`)

/** A chosen value in Payload's select list (one per value of a hasMany field). */
export const CHOSEN = '.multi-value-label__text, .react-select--single-value'

/**
 * Types part of a name into a registry picker and picks the record whose
 * label contains `label` (the name, or the name and its detail).
 */
export async function pickRegistryItem(page: Page, fieldName: string, typed: string, label: string): Promise<void> {
  const wrapper = field(page, fieldName)
  await wrapper.locator('input').first().click()
  await wrapper.locator('input').first().pressSequentially(typed, { delay: 30 })
  await wrapper.locator('.rs__option', { hasText: label }).first().click()
  await wrapper.locator(CHOSEN, { hasText: label }).first().waitFor()
}

/** Chooses an option of any select-like field (Payload's select fields use the same list). */
export async function chooseOption(page: Page, fieldName: string, optionLabel: string): Promise<void> {
  const wrapper = field(page, fieldName)
  await wrapper.locator('.rs__control').click()
  await wrapper.locator('.rs__option', { hasText: optionLabel }).first().click()
}

/** The labels a select-like field shows for its current value. */
export async function shownValues(page: Page, fieldName: string): Promise<string[]> {
  return field(page, fieldName).locator(CHOSEN).allInnerTexts()
}

function documentSave(collection: string) {
  return (response: Response) =>
    response.url().includes(`/api/${collection}`) && ['POST', 'PATCH'].includes(response.request().method())
}

/** Saves the open document as a draft and resolves once the admin has confirmed it. */
export async function saveDraft(page: Page, collection = 'courses'): Promise<void> {
  const saved = page.waitForResponse(documentSave(collection))
  await page.getByRole('button', { name: '保存草稿' }).click()
  const response = await saved
  if (!response.ok()) throw new Error(`saving the draft answered ${response.status()}: ${await response.text()}`)
  await page.getByText('草稿成功保存。').first().waitFor()
}

/** Publishes the open document (发布修改) and resolves once the save has been accepted. */
export async function publish(page: Page, collection = 'courses'): Promise<void> {
  const saved = page.waitForResponse(documentSave(collection))
  await page.getByRole('button', { name: '发布修改' }).click()
  const response = await saved
  if (!response.ok()) throw new Error(`publishing answered ${response.status()}: ${await response.text()}`)
}
