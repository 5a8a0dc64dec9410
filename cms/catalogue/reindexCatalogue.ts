/**
 * Rebuilds the published catalogue from the CMS: every course, lecture series
 * and collection is projected again (newer-wins, so a rebuild never undoes a
 * later publish), and entries whose document the CMS no longer has are
 * removed. Reports what it changed, per collection.
 */
import type { Payload } from 'payload'
import { LIVE_READ, PROJECTORS, type Projector } from './projectors.ts'

export interface ReindexCounts {
  documents: number
  written: number
  unchanged: number
  removed: number
}

export type ReindexReport = Record<string, ReindexCounts>

const PAGE = 100

async function reindexOne(payload: Payload, projector: Projector): Promise<ReindexCounts> {
  const counts: ReindexCounts = { documents: 0, written: 0, unchanged: 0, removed: 0 }
  const seen = new Set<string>()
  for (let page = 1; ; page++) {
    // Each page is read as a projection reads a document, so nothing is read twice.
    const batch = await payload.find({
      collection: projector.collection,
      ...LIVE_READ,
      limit: PAGE,
      page,
      pagination: true,
    })
    for (const document of batch.docs) {
      seen.add(String(document.id))
      counts.documents++
      if ((await projector.projectLive(payload, document.id, document)) === 'written') counts.written++
      else counts.unchanged++
    }
    if (!batch.hasNextPage) break
  }
  for (const orphan of (await projector.listedIds(payload)).filter((id) => !seen.has(id))) {
    if ((await projector.remove(payload, orphan)) === 'written') counts.removed++
  }
  return counts
}

export async function reindexCatalogue(payload: Payload): Promise<ReindexReport> {
  const report: ReindexReport = {}
  for (const projector of PROJECTORS) report[projector.collection] = await reindexOne(payload, projector)
  return report
}
