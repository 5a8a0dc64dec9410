/**
 * The database launcher as the dev command and the tests use it: it starts
 * the embedded server, answers pings, keeps data across restarts, stops on
 * SIGINT, and explains a busy port or a missing Go toolchain in one line.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { MongoClient } from 'mongodb'
import { projectRoot } from '../../../server/config/env.ts'
import { DatabaseLaunchError } from '../../../server/database/databaseLaunchError.ts'
import { ensureFerretdbBinary } from '../../../server/database/ferretdbBinary.ts'
import { launchDatabase } from '../../../server/database/launcher.ts'
import { isPortFree } from '../../../server/database/portCheck.ts'
import { testServerUri } from '../../support/database.ts'

const folders: string[] = []
function tempFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'canal-hub-launcher-'))
  folders.push(folder)
  return folder
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

async function withClient<T>(uri: string, use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 2000 })
  try {
    return await use(client)
  } finally {
    await client.close()
  }
}

describe('embedded FerretDB', () => {
  it('starts, answers a ping, and keeps its data across a restart', async () => {
    const dataDir = tempFolder()
    const lines: string[] = []
    const first = await launchDatabase({ dataDir, port: 0, forceFerretdb: true, log: (line) => lines.push(line) })
    expect(first.kind).toBe('ferretdb')
    expect(lines.join('\n')).toContain(`data in ${path.join(dataDir, 'ferretdb')}`)
    expect(lines.join('\n')).toContain(first.uri)

    await withClient(first.uri, async (client) => {
      expect((await client.db('admin').command({ ping: 1 })).ok).toBe(1)
      await client
        .db('kept')
        .collection('notes')
        .insertOne({ _id: 'n1' as never, text: '拱墅' })
    })
    await first.stop()
    await expect(withClient(first.uri, (client) => client.db('admin').command({ ping: 1 }))).rejects.toThrow()

    const second = await launchDatabase({ dataDir, port: 0, forceFerretdb: true })
    try {
      const note = await withClient(second.uri, (client) =>
        client
          .db('kept')
          .collection('notes')
          .findOne({ _id: 'n1' as never }),
      )
      expect(note?.text).toBe('拱墅')
    } finally {
      await second.stop()
    }
  })

  it('refuses a busy port with a one-line error that says what to do', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const { port } = blocker.address() as net.AddressInfo
    try {
      const attempt = launchDatabase({ dataDir: tempFolder(), port, forceFerretdb: true })
      await expect(attempt).rejects.toThrow(DatabaseLaunchError)
      await expect(attempt).rejects.toThrow(
        `Port ${port} is already in use: stop what listens there, choose another with DB_PORT, or point MONGODB_URI at that server if it is a MongoDB.`,
      )
    } finally {
      blocker.close()
    }
  })

  it('explains a missing Go toolchain in one line', () => {
    const build = () =>
      ensureFerretdbBinary({
        binaryPath: path.join(tempFolder(), 'ferretdb'),
        goCommand: 'go-toolchain-that-is-not-installed',
      })
    expect(build).toThrow(DatabaseLaunchError)
    expect(build).toThrow(
      'No Go toolchain found to build the embedded FerretDB: install Go 1.24+ (and put `go` on PATH) or set MONGODB_URI to a MongoDB server.',
    )
  })
})

describe('an external server', () => {
  it('is used as it is, and stopping the launcher leaves it running', async () => {
    const external = await launchDatabase({ uri: testServerUri(), dataDir: tempFolder(), port: 0 })
    expect(external.kind).toBe('external')
    await external.stop()
    expect((await withClient(testServerUri(), (client) => client.db('admin').command({ ping: 1 }))).ok).toBe(1)
  })
})

describe('npm run db', () => {
  it('prints what it started and stops the database on SIGINT', async () => {
    const port = await freePort()
    const dataDir = tempFolder()
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DB_PORT: String(port) }
    delete env.MONGODB_URI
    const child = spawn(process.execPath, ['server/cli/run.mjs', 'server/cli/db.ts'], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

    const deadline = Date.now() + 60_000
    while (!output.includes('Ctrl-C stops the database') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(output).toMatch(
      new RegExp(`database: (FerretDB 1\\.24\\.2 \\(SQLite\\)|mongod) at mongodb://127\\.0\\.0\\.1:${port}/`),
    )
    expect(output).toContain(`data in ${dataDir}`)
    expect(await isPortFree(port)).toBe(false)

    child.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(await isPortFree(port)).toBe(true)
  })
})
