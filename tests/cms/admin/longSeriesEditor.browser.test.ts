/**
 * A lecture series at its most sessions (60) opens in the real admin as an
 * editor can use it: a click is answered without waiting out a frozen page
 * (the editor once lost a minute or two there), each closed session row says
 * its day, hours and venue, and a row opened and edited saves into that
 * session alone.
 */
import { describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { REGISTRY_COLLECTIONS } from '../../../server/registry/shared/collections.ts'
import { createLongSeries, manySessions } from '../../../server/cli/bench/deskDocuments.ts'
import { field, openDocument, saveDraft } from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { clickLands } from '../../support/pageReadiness.ts'
import { newAccount } from '../../support/users.ts'

const SESSIONS = limits.editorial.maxSessionsPerSeries

let editor: { email: string; password: string }
let seriesId: string

const suite = useAdminSuite('admin_long_series', async ({ cms }) => {
  seriesId = await createLongSeries(cms.payload, SESSIONS)
  editor = await newAccount(cms, 'editor')
})

const storedSessions = async () =>
  ((
    await suite.cms.payload.findByID({
      collection: 'lecture-series',
      id: seriesId,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
  ).sessions ?? []) as { startsAt: string; venue: string; capacity?: number | null }[]

describe(`a lecture series with ${SESSIONS} sessions in the editor`, () => {
  it('answers a click once its form is there, with every session row closed and labelled by day, hours and venue', async () => {
    const { context, page } = await suite.asUser(editor)
    await openDocument(page, 'lecture-series', seriesId)
    // Waits as long as a step may (no fixed sleep): a frozen page never opens the list.
    await clickLands(page, 'audiences')

    const rows = page.locator('#field-sessions .array-field__row')
    expect(await rows.count()).toBe(SESSIONS)
    const first = manySessions(SESSIONS)[0]!
    const venue = await suite.database.db
      .collection<{ _id: string; name: string }>(REGISTRY_COLLECTIONS.venues)
      .findOne({ _id: first.venue })
    const hours = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(first.startsAt))
    const label = rows.first().locator('.session-row-label')
    // The venue's name arrives from the registry a moment after the row.
    await rows.first().locator('.session-row-label', { hasText: venue!.name }).waitFor()
    expect(await label.innerText()).toMatch(new RegExp(`^第 01 场 · \\d+月\\d+日 ?周. ${hours}–\\d\\d:\\d\\d · `))
    // Closed rows hold no inputs: nothing of session 2 is drawn until it is opened.
    expect(await page.locator('#field-sessions__1__capacity').count()).toBe(0)
    await context.close()
  }, 300_000)

  it('opens one session, changes its capacity and saves it into that session alone', async () => {
    const before = await storedSessions()
    const { context, page } = await suite.asUser(editor)
    await openDocument(page, 'lecture-series', seriesId)
    await page.locator('#field-sessions .array-field__row').nth(1).locator('.collapsible__toggle').click()
    const capacity = field(page, 'sessions.1.capacity')
    await capacity.waitFor()
    await capacity.fill('37')
    await saveDraft(page, 'lecture-series')

    const after = await storedSessions()
    expect(after).toHaveLength(SESSIONS)
    expect(after[1]!.capacity).toBe(37)
    expect(after.map(({ startsAt, venue }) => ({ startsAt, venue }))).toEqual(
      before.map(({ startsAt, venue }) => ({ startsAt, venue })),
    )
    expect(after.filter((_, index) => index !== 1).map((session) => session.capacity)).toEqual(
      before.filter((_, index) => index !== 1).map((session) => session.capacity),
    )
    await context.close()
  }, 300_000)
})
