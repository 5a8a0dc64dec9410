/**
 * Everything the hub serves to other platforms over plain HTTP, beside the
 * graph: calendar feeds and schema.org documents, mounted on the hub's app in
 * one line so the app itself stays about the graph.
 */
import { Router } from 'express'
import type { ReadSource } from '../readModel/readSource.ts'
import { calendarRoutes } from './calendar/calendarRoutes.ts'
import { jsonLdRoutes } from './jsonLd/jsonLdRoutes.ts'

export function syndicationRoutes(reads: ReadSource): Router {
  const router = Router()
  router.use(calendarRoutes(reads))
  router.use(jsonLdRoutes(reads))
  return router
}
