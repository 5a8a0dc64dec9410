/**
 * An editor's hands in the admin, for browser tests: Debian's Chromium driven
 * by playwright-core, and the steps editors take (sign in, open a course,
 * pick a registry record, choose an option, save a draft, publish), each
 * waiting for the admin's own confirmation rather than for fixed delays.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
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

/** A fresh browser profile (no cookies) speaking Chinese, as the district's editors do (or `locale`, e.g. en-US). */
export async function newAdminPage(
  browser: Browser,
  admin: RunningAdmin,
  locale = 'zh-CN',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: admin.url,
    locale,
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 1000 },
  })
  context.setDefaultTimeout(STEP_TIMEOUT_MS)
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS)
  const page = await context.newPage()
  return { context, page }
}

/**
 * Waits until React has hydrated the server-rendered element: before that the
 * page shows the form but drops what is typed or clicked, and on a busy
 * machine that gap lasts seconds. Hydration leaves React's fiber on the node.
 */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor()
  await page.waitForFunction(
    (css) => {
      const node = document.querySelector(css)
      return node !== null && Object.keys(node).some((key) => key.startsWith('__reactFiber$'))
    },
    selector,
    { polling: 100 },
  )
}

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/login')
  await waitForHydration(page, '#field-email')
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.getByRole('button', { name: /^(登录|Login)$/ }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
}

/** Opens a document's edit view and waits until its form is ready to edit. */
export async function openDocument(page: Page, collection: string, id: string): Promise<void> {
  await page.goto(`/admin/collections/${collection}/${id}`)
  await waitForHydration(page, 'form .document-fields')
  // Whoever edited it last (a browser since closed) may still hold Payload's edit
  // lock for a while; the admin then shows its notice, at a moment of its own, and
  // the next editor takes the document over, as the admin offers.
  const me = await signedInUserId(page)
  if (!(await lockHolders(page, collection, id)).some((holder) => holder !== me)) return
  const locked = page.locator('dialog#document-locked')
  await locked.waitFor({ state: 'visible' })
  await locked.getByRole('button', { name: '接管' }).click()
  await locked.waitFor({ state: 'hidden' })
  // Taking over refreshes the page from the server some time later, and that
  // refresh replaces the whole form, dropping whatever was chosen meanwhile.
  // Once the lock is ours, a reload gives a settled form with no refresh pending.
  const deadline = Date.now() + STEP_TIMEOUT_MS
  while (!(await lockHolders(page, collection, id)).every((holder) => holder === me)) {
    if (Date.now() > deadline) throw new Error(`the edit lock on ${collection}/${id} did not pass to user ${me}`)
    await page.waitForTimeout(100)
  }
  await page.reload()
  await waitForHydration(page, 'form .document-fields')
}

/** Opens a collection's create view, ready to type into. */
export async function openCreate(page: Page, collection: string): Promise<void> {
  await page.goto(`/admin/collections/${collection}/create`)
  await waitForHydration(page, 'form .document-fields')
}

/** A GET of the REST API from inside the page, with the admin's own cookie. */
function apiFromPage<T>(page: Page, pathAndQuery: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), pathAndQuery) as Promise<T>
}

async function signedInUserId(page: Page): Promise<string> {
  const { user } = await apiFromPage<{ user?: { id?: string } | null }>(page, '/api/users/me')
  if (!user?.id) throw new Error('no one is signed in on this page')
  return user.id
}

/** Who holds Payload's edit lock on the document (nobody: an empty list). */
async function lockHolders(page: Page, collection: string, id: string): Promise<string[]> {
  const { docs = [] } = await apiFromPage<{
    docs?: { document?: { relationTo?: string }; user?: { value?: string } }[]
  }>(page, `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`)
  return docs.filter((lock) => lock.document?.relationTo === collection).map((lock) => lock.user?.value ?? '')
}

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
  // The list closes and the control shows the choice once the form holds it.
  await wrapper.locator('.rs__control', { hasText: optionLabel }).waitFor()
}

/** The labels a select-like field shows for its current value. */
export async function shownValues(page: Page, fieldName: string): Promise<string[]> {
  return field(page, fieldName).locator(CHOSEN).allInnerTexts()
}

/**
 * Clicks a save button and resolves with the admin's save request once the
 * server has accepted it; a refusal fails with the answer and what was sent.
 */
async function submitWith(page: Page, collection: string, button: string, what: string): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/${collection}`) && ['POST', 'PATCH'].includes(response.request().method()),
  )
  // 保存 alone, not 保存草稿
  await page.getByRole('button', { name: button, exact: button === '保存' }).click()
  const response = await saved
  if (!response.ok()) {
    const sent = (response.request().postData() ?? '').slice(0, 2_000)
    throw new Error(`${what} answered ${response.status()}: ${await response.text()}\nsent: ${sent}`)
  }
}

/** Saves a document of a collection without drafts (保存). */
export const save = (page: Page, collection: string) => submitWith(page, collection, '保存', 'saving')

/** Saves the open document as a draft and resolves once the admin has confirmed it. */
export async function saveDraft(page: Page, collection = 'courses'): Promise<void> {
  await submitWith(page, collection, '保存草稿', 'saving the draft')
  await page.getByText('草稿成功保存。').first().waitFor()
}

/** Publishes the open document (发布修改) and resolves once the save has been accepted. */
export const publish = (page: Page, collection = 'courses') => submitWith(page, collection, '发布修改', 'publishing')

/**
 * Opens a collapsed row of an array field and waits for one of its inputs:
 * rows render their inputs only while open, and on a busy machine a click
 * that lands while the form re-renders can be lost, so it clicks again.
 */
export async function openRow(page: Page, rowId: string, inputSelector: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const collapsed = page.locator(`#${rowId}`).locator('.collapsible__toggle--collapsed').first()
    if (await collapsed.isVisible()) await collapsed.click()
    try {
      await page.locator(inputSelector).waitFor({ timeout: 15_000 })
      return
    } catch (error) {
      if (attempt === 4) throw error
    }
  }
}
