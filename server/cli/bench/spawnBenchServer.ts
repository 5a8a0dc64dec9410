/**
 * Starts a server of `npm run bench` in a process of its own (see
 * benchServer.ts) and talks to it: where it listens, what database commands
 * it has sent, and stopping it. A server that dies before it listens fails
 * the bench with what it printed.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export type BenchServerRole = 'hub-memory' | 'hub-database' | 'payload'

export interface BenchServerReady {
  /** hub: its /graphql; payload: its GraphQL route and its REST origin. */
  urls: Record<string, string>
  stats: string
}

export interface BenchServerStats {
  total: number
  byName: Record<string, number>
  rssBytes: number
}

/** The secret both the bench's own Payload and the servers' sign with, so the bench's editor token is valid everywhere. */
export const BENCH_SECRET = 'bench'

export interface BenchServer extends BenchServerReady {
  readStats(): Promise<BenchServerStats>
  stop(): Promise<void>
}

export async function spawnBenchServer(role: BenchServerRole, uri: string): Promise<BenchServer> {
  const entry = new URL('./benchServer.ts', import.meta.url).pathname
  // The same runtime flags as this process (the TypeScript loader and its conditions).
  const child = spawn(process.execPath, [...process.execArgv, entry, role, uri], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const lines = createInterface({ input: child.stdout })
  const ready = await Promise.race([
    new Promise<BenchServerReady>((resolve) =>
      lines.once('line', (line) => resolve(JSON.parse(line) as BenchServerReady)),
    ),
    exited.then((code) =>
      Promise.reject(new Error(`the ${role} server stopped before it listened (exit code ${code})`)),
    ),
  ])
  return {
    ...ready,
    readStats: async () => (await (await fetch(ready.stats)).json()) as BenchServerStats,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
