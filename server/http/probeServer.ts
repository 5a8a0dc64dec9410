/**
 * A server that answers only the probes, for the jobs role, which serves no
 * requests of its own but must still tell an orchestrator that it is alive
 * and can reach the database.
 */
import http from 'node:http'
import { roleProbes, type RoleReadiness } from '../health/roleProbes.ts'
import { drainer } from './drain.ts'
import { listen } from './listen.ts'
import { errorBody } from './requestErrors.ts'

export interface RunningProbes {
  url: string
  stop(): Promise<void>
}

export async function startProbeServer(
  role: string,
  readiness: Omit<RoleReadiness, 'draining'>,
  options: { port: number; host?: string },
): Promise<RunningProbes> {
  let drain: ReturnType<typeof drainer> | undefined
  const probes = roleProbes(role, { ...readiness, draining: () => drain?.draining ?? false })
  const server = http.createServer((request, response) => {
    if (probes(request, response) || drain?.refuse(request, response)) return
    response.statusCode = 404
    response.setHeader('content-type', 'application/json; charset=utf-8')
    response.end(
      JSON.stringify(
        errorBody('NOT_FOUND', '这里只有 /healthz 和 /readyz。Only /healthz and /readyz are served here.'),
      ),
    )
  })
  drain = drainer(server)
  const port = await listen(server, options.port, options.host)
  return { url: `http://localhost:${port}`, stop: () => drain!.drain(1_000) }
}
