/**
 * When an admin edit page becomes usable, as an editor would notice it: the
 * time from navigation until a click is answered by React (a select field's
 * list opens), and until the main thread has gone quiet. Shared by the desk
 * benchmark, which prints the figures, and the browser test, which only
 * waits for the click to land (timings are never asserted in tests).
 */
import type { BrowserContext, Page } from 'playwright-core'
import { waitForHydration } from './adminPage.ts'

/** Any main-thread task this long is a "long task" to Chromium; a page is quiet after this long without one. */
const QUIET_MS = 2_000

export interface PageReadiness {
  /** Navigation start to the form hydrated (React attached to it). */
  hydratedMs: number
  /** Navigation start to a click on a select field opening its list. */
  clickLandsMs: number
  /** Navigation start to the end of the last long task before 2 s of quiet. */
  mainThreadIdleMs: number
  /** Sum over long tasks of their time beyond 50 ms (Chromium's total blocking time). */
  blockingMs: number
  longestTaskMs: number
}

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[]
  }
}

/** Records Chromium's long tasks on every page of the context from its first script on. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__longTasks = []
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__longTasks!.push({ start: entry.startTime, duration: entry.duration })
      }).observe({ type: 'longtask', buffered: true })
    } catch {
      // a browser without long-task timing: the figures stay empty
    }
  })
}

/**
 * Clicks a select field's control and waits for its list: React must be
 * attached and the main thread free for that to happen. Waits as long as the
 * context's default timeout, never a fixed sleep.
 */
export async function clickLands(page: Page, fieldName: string): Promise<void> {
  const wrapper = page.locator(`#field-${fieldName}`)
  await wrapper.locator('.rs__control').click()
  await wrapper.locator('.rs__option').first().waitFor()
  await page.keyboard.press('Escape')
  await wrapper.locator('.rs__option').first().waitFor({ state: 'detached' })
}

/**
 * Opens `path` and measures its readiness; `probeField` names a select field
 * of the page to click. The context must record long tasks (recordLongTasks).
 */
export async function measureReadiness(
  page: Page,
  path: string,
  probeField: string,
  maxWaitMs: number,
): Promise<PageReadiness> {
  const started = Date.now()
  await page.goto(path, { waitUntil: 'commit' })
  await waitForHydration(page, 'form .document-fields')
  const hydratedMs = Date.now() - started
  await clickLands(page, probeField)
  const clickLandsMs = Date.now() - started
  // Quiet: no long task ended in the last QUIET_MS (page clock, from navigation start).
  const deadline = Date.now() + maxWaitMs
  for (;;) {
    const { now, tasks } = await page.evaluate(() => ({ now: performance.now(), tasks: window.__longTasks ?? [] }))
    const lastEnd = Math.max(0, ...tasks.map((task) => task.start + task.duration))
    if (now - lastEnd >= QUIET_MS || Date.now() > deadline) {
      return {
        hydratedMs,
        clickLandsMs,
        mainThreadIdleMs: Math.round(lastEnd),
        blockingMs: Math.round(tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
        longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
      }
    }
    await page.waitForTimeout(250)
  }
}
