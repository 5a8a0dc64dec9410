/**
 * The real admin (the Next app in cms/) on a suite's own database and a free
 * port, for browser tests. It runs the production build: `next build` when
 * the sources changed since the last one, then `next start`. Measured on two
 * cores: a cold build takes about 85 s (about 20 s with Next's build cache),
 * a start 3 s, and then every page answers at once; `next dev` compiles the
 * login and course pages again in every run (55–75 s) and under the test's
 * clicks, which a longer scenario would pay page after page.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { inputsHash, isFresh, withBuildLock, writeStamp } from '../../server/cli/build/buildStamps.ts'
import { projectRoot } from '../../server/config/env.ts'
import type { TestDatabase } from './database.ts'

export interface RunningAdmin {
  /** e.g. http://127.0.0.1:PORT (the admin is at /admin, the REST API at /api). */
  url: string
  /** What the Next process printed, for failure messages. */
  output(): string
  stop(): Promise<void>
}

export type AdminMode = 'build' | 'dev'

/** `ADMIN_TEST_MODE=dev` runs `next dev` instead, e.g. while changing admin components. */
export const adminMode = (): AdminMode => (process.env.ADMIN_TEST_MODE === 'dev' ? 'dev' : 'build')

/** The longest a first start may take: a full build on two busy cores, with room to spare. */
export const ADMIN_START_TIMEOUT_MS = 10 * 60 * 1000

const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next')
const cmsDir = path.join(projectRoot, 'cms')

export async function startAdmin(
  database: Pick<TestDatabase, 'uri' | 'flavor'>,
  options: { secret: string; mode?: AdminMode },
): Promise<RunningAdmin> {
  const mode = options.mode ?? adminMode()
  const env = {
    ...process.env,
    DATABASE_URI: database.uri,
    DATABASE_FLAVOR: database.flavor,
    PAYLOAD_SECRET: options.secret,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (mode === 'build') await ensureBuilt()

  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    [nextBin, mode === 'build' ? 'start' : 'dev', 'cms', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: projectRoot,
      env: { ...env, ADMIN_URL: url, NODE_ENV: mode === 'build' ? 'production' : 'development' },
      // Its own process group, so stopping it also stops the workers Next starts.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const output = collectOutput(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // Its own group does not hear the terminal's Ctrl-C: a test process that ends without stopping it takes it along.
  const killOnExit = () => signalGroup(child, 'SIGKILL')
  process.once('exit', killOnExit)
  const stop = async () => {
    process.off('exit', killOnExit)
    if (child.exitCode !== null || child.signalCode !== null) return
    signalGroup(child, 'SIGTERM')
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }

  try {
    await waitForLoginPage(url, child, output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, output, stop }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-(child.pid as number), signal)
  } catch {
    // already gone
  }
}

function collectOutput(child: ChildProcess): () => string {
  const chunks: string[] = []
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString('utf8'))
    // Enough to explain a failure without holding a whole run's log.
    if (chunks.length > 400) chunks.splice(0, chunks.length - 400)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => chunks.join('')
}

async function waitForLoginPage(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + ADMIN_START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the admin exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${url}/admin/login`, { signal: AbortSignal.timeout(ADMIN_START_TIMEOUT_MS) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the admin did not answer /admin/login within ${ADMIN_START_TIMEOUT_MS} ms:\n${output()}`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Builds the admin unless the last build (this helper's or `npm run build`'s) was made from exactly these sources. */
export async function ensureBuilt(): Promise<void> {
  await withBuildLock(projectRoot, 'admin', ADMIN_START_TIMEOUT_MS, async () => {
    const inputs = inputsHash(projectRoot, 'admin')
    if (isFresh(projectRoot, 'admin', inputs)) return
    // The database and the secret are read when the admin starts, not baked into the build.
    const env = {
      ...process.env,
      PAYLOAD_SECRET: 'admin-build',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production' as const,
    }
    // At low priority: the build would take both cores from the suites running beside it and push them past their timeouts.
    await run(process.execPath, [nextBin, 'build', 'cms'], { cwd: projectRoot, env, priority: 10 })
    writeStamp(projectRoot, 'admin', inputs)
  })
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; priority: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    // Before it starts its worker threads, which inherit it.
    if (child.pid) os.setPriority(child.pid, options.priority)
    const output = collectOutput(child)
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} exited with ${code}:\n${output()}`,
            ),
          ),
    )
  })
}
