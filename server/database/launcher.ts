/**
 * Starts the database the hub and the CMS share, on any machine:
 *   1. a URI given (MONGODB_URI, TEST_MONGODB_URI): use it as it is;
 *   2. else a `mongod` on PATH: run it on a folder under the data directory;
 *   3. else FerretDB v1 with its SQLite backend (built from the Go module proxy).
 * The dev command and the test setup both use it; stopping it is the caller's job.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { MongoClient } from 'mongodb'
import { DatabaseLaunchError } from './databaseLaunchError.ts'
import { ensureFerretdbBinary } from './ferretdbBinary.ts'
import { isPortFree } from './portCheck.ts'

export type DatabaseKind = 'external' | 'mongod' | 'ferretdb'

export interface RunningDatabase {
  kind: DatabaseKind
  /** Connection string without a database name; callers add their own. */
  uri: string
  dataDir?: string
  stop(): Promise<void>
}

export interface LaunchOptions {
  /** Use this server instead of starting one. */
  uri?: string
  /** Parent folder for the embedded server's files. */
  dataDir: string
  /** 0 picks a free port (tests). */
  port: number
  /** Skip a `mongod` on PATH and use FerretDB. */
  forceFerretdb?: boolean
  readyTimeoutMs?: number
  log?: (line: string) => void
}

const STOP_GRACE_MS = 10_000

export async function launchDatabase(options: LaunchOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => {})
  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000

  if (options.uri) {
    await waitForPing(options.uri, readyTimeoutMs, undefined)
    log(`database: external server at ${redact(options.uri)}`)
    return { kind: 'external', uri: options.uri, stop: async () => {} }
  }

  if (options.port !== 0 && !(await isPortFree(options.port))) {
    throw new DatabaseLaunchError(
      `Port ${options.port} is already in use: stop what listens there, choose another with DB_PORT, or point MONGODB_URI at that server if it is a MongoDB.`,
    )
  }

  const useMongod = !options.forceFerretdb && hasMongod()
  const kind: DatabaseKind = useMongod ? 'mongod' : 'ferretdb'
  const dataDir = path.join(options.dataDir, kind)
  mkdirSync(dataDir, { recursive: true })

  const child = useMongod
    ? startMongod(dataDir, options.port)
    : startFerretdb(ensureFerretdbBinary({ log }), dataDir, options.port)
  const exited = watchExit(child)

  try {
    const uri = await Promise.race([announcedUri(child, kind, options.port), exited.then(failedStart)])
    await Promise.race([waitForPing(uri, readyTimeoutMs, child), exited.then(failedStart)])
    log(`database: ${kind === 'mongod' ? 'mongod' : 'FerretDB 1.24.2 (SQLite)'} at ${uri}, data in ${dataDir}`)
    return { kind, uri, dataDir, stop: () => stopChild(child, exited) }
  } catch (error) {
    await stopChild(child, exited)
    throw error
  }
}

function hasMongod(): boolean {
  const probe = spawnSync('mongod', ['--version'], { stdio: 'ignore' })
  return !probe.error && probe.status === 0
}

function startMongod(dataDir: string, port: number): ChildProcess {
  // mongod cannot pick its own port and report it, so port 0 becomes a fixed default.
  const chosen = port === 0 ? 27018 : port
  return spawn('mongod', ['--dbpath', dataDir, '--port', String(chosen), '--bind_ip', '127.0.0.1', '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function startFerretdb(binary: string, dataDir: string, port: number): ChildProcess {
  return spawn(binary, ['-listen', `127.0.0.1:${port}`, '-data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
}

interface ExitInfo {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

function watchExit(child: ChildProcess): Promise<ExitInfo> {
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, stderr }))
    child.once('error', (error) => resolve({ code: -1, signal: null, stderr: error.message }))
  })
}

function failedStart(info: ExitInfo): never {
  const lastLine = info.stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit code ${info.code}`
  throw new DatabaseLaunchError(`The embedded database stopped while starting: ${lastLine}`)
}

/** FerretDB prints the address it bound ("listening mongodb://..."); mongod's is known in advance. */
function announcedUri(child: ChildProcess, kind: DatabaseKind, port: number): Promise<string> {
  if (kind === 'mongod') return Promise.resolve(`mongodb://127.0.0.1:${port === 0 ? 27018 : port}/`)
  return new Promise((resolve) => {
    let buffered = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const match = /listening (mongodb:\/\/\S+)/.exec(buffered)
      if (match?.[1]) resolve(match[1])
    })
  })
}

export async function waitForPing(uri: string, timeoutMs: number, child: ChildProcess | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) return
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 })
    try {
      await client.db('admin').command({ ping: 1 })
      return
    } catch (error) {
      lastError = error
      await new Promise((r) => setTimeout(r, 200))
    } finally {
      await client.close().catch(() => {})
    }
  }
  throw new DatabaseLaunchError(
    `The database at ${redact(uri)} did not answer a ping within ${timeoutMs} ms (${String(lastError)}).`,
  )
}

async function stopChild(child: ChildProcess, exited: Promise<ExitInfo>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
  await exited
  clearTimeout(timer)
}

/** Hides a password in a URI before it is printed. */
export function redact(uri: string): string {
  return uri.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@')
}
