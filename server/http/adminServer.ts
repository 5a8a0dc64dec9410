/**
 * The admin role: the built Payload admin and its REST API (the Next app in
 * cms/, from `next build cms`) served in this process, behind the same
 * probes and drain as the graph. In-process rather than `next start` in a
 * child, so one process per role answers /healthz, /readyz and SIGTERM.
 */
import http from 'node:http'
import path from 'node:path'
import type { Db } from 'mongodb'
import next from 'next'
import { projectRoot } from '../config/env.ts'
import { limits } from '../config/limits.ts'
import { roleProbes } from '../health/roleProbes.ts'
import { drainer } from './drain.ts'
import { listen } from './listen.ts'

export interface RunningAdmin {
  url: string
  stop(): Promise<void>
}

export async function startAdminServer(
  db: Db,
  options: { port: number; host?: string; drainTimeoutMs?: number },
): Promise<RunningAdmin> {
  // `dev: false` serves the production build in cms/.next; the settings it reads (DATABASE_URI, PAYLOAD_SECRET, ...) are in process.env.
  const app = next({ dev: false, dir: path.join(projectRoot, 'cms'), quiet: true })
  await app.prepare()
  const handle = app.getRequestHandler()
  let drain: ReturnType<typeof drainer> | undefined
  const probes = roleProbes('admin', { db, draining: () => drain?.draining ?? false })
  const server = http.createServer((request, response) => {
    if (probes(request, response) || drain?.refuse(request, response)) return
    void handle(request, response)
  })
  drain = drainer(server)
  const port = await listen(server, options.port, options.host)
  return {
    url: `http://localhost:${port}/admin`,
    stop: async () => {
      await drain?.drain(options.drainTimeoutMs ?? limits.production.drainTimeoutMs)
      await app.close()
    },
  }
}
