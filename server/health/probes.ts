/**
 * Liveness and readiness for load balancers and orchestrators. `/healthz`
 * answers while the process runs; `/readyz` only when the database answers, the
 * process is not draining (shutting down)
 * and the read model is loaded and has read the change log recently, so a
 * replica that cannot vouch for its data is taken out of rotation.
 */
import { Router } from 'express'
import type { Db } from 'mongodb'
import type { ReadSource } from '../readModel/readSource.ts'

export function healthProbes(db: Db, reads: ReadSource, draining: () => boolean = () => false): Router {
  const router = Router()
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' })
  })
  router.get('/readyz', async (_request, response) => {
    if (draining()) {
      response.status(503).set('retry-after', '1').json({ status: 'unavailable', reason: 'draining' })
      return
    }
    try {
      await db.command({ ping: 1 })
      await reads.current()
      const model = reads.status()
      response.json({
        status: 'ready',
        reads: reads.mode,
        ...(model ? { commit: model.commit, documents: model.documents, freshAt: model.freshAt.toISOString() } : {}),
      })
    } catch (error) {
      response
        .status(503)
        .set('retry-after', '1')
        .json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) })
    }
  })
  return router
}
