/**
 * `npm run dev`: the whole hub on one machine. Starts the database (embedded
 * unless MONGODB_URI is set), loads missing seed data, starts the GraphQL hub
 * and the admin, prints the URLs and stops everything on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { getPayload } from 'payload'
import { createPayloadConfig } from '../../cms/config/createPayloadConfig.ts'
import { startMailCapture } from '../../cms/notify/mailCapture.ts'
import { seedAll } from '../../seeds/seedAll.ts'
import { startHub } from '../app.ts'
import { env, projectRoot } from '../config/env.ts'
import { hubVersion } from '../config/hubVersion.ts'
import { limits } from '../config/limits.ts'
import { payloadSecret } from '../config/secrets.ts'
import { databaseUriFor } from '../database/databaseUri.ts'
import { detectServer } from '../database/flavor.ts'
import { launchConfiguredDatabase } from '../database/configuredDatabase.ts'
import { waitForPort } from '../database/portCheck.ts'
import { connectMongo } from '../database/mongo.ts'
import { stopTracing } from '../logging/tracingHandle.ts'
import { runCli } from './runCli.ts'

const log = (line: string) => console.log(`[hub] ${line}`)

runCli(async (onShutdown) => {
  // First in, so last out: the last spans are sent after everything else stopped.
  onShutdown(() => stopTracing())
  const database = await launchConfiguredDatabase(log)
  onShutdown(() => database.stop())

  const databaseUri = databaseUriFor(database.uri, env.dbName)
  const mongo = await connectMongo(databaseUri)
  onShutdown(() => mongo.close())
  const server = await detectServer(mongo.db)

  // The admin (a child process) reads the same settings from its environment.
  const secret = payloadSecret(env.dataDir)
  Object.assign(process.env, { DATABASE_URI: databaseUri, DATABASE_FLAVOR: server.flavor, PAYLOAD_SECRET: secret })

  // Without SMTP settings, notification emails go to a local capture and are kept in .data/mail/.
  let smtp = env.smtp
  if (!smtp) {
    const saveTo = path.join(env.dataDir, 'mail')
    const capture = await startMailCapture({
      saveTo,
      onMail: (mail) => log(`mail to ${mail.to.join(', ')}: ${mail.subject} (kept in ${saveTo})`),
    })
    onShutdown(() => capture.stop())
    smtp = {
      host: capture.host,
      port: capture.port,
      secure: false,
      from: 'noreply@canal-hub.local',
      fromName: '运河终身学习港',
    }
    Object.assign(process.env, { SMTP_HOST: capture.host, SMTP_PORT: String(capture.port) })
  }

  // cron: this process works the jobs queue (scheduled publishing, licenses, webhooks); Payload starts its crons only when told.
  const payload = await getPayload({
    config: createPayloadConfig({ databaseUri, flavor: server.flavor, secret, email: smtp }),
    cron: true,
  })
  onShutdown(() => payload.destroy())
  await seedAll(mongo.db, payload, env.dataDir, log)

  const hub = await startHub(
    { db: mongo.db, payload, hubVersion },
    { port: env.hubPort, introspection: env.introspection, production: env.isProduction },
  )
  onShutdown(() => hub.stop())

  const admin = startAdmin(env.adminPort)
  onShutdown(() => stopChild(admin))
  await waitForPort(env.adminPort, limits.database.readyTimeoutMs)

  const adminUrl = `http://localhost:${env.adminPort}/admin`
  log(`GraphQL hub:  ${hub.url}`)
  log(`Admin panel:  ${adminUrl}`)
  log('Ctrl-C stops everything.')
  // Compile the admin now rather than on the editor's first click.
  const warmStart = Date.now()
  fetch(`${adminUrl}/login`)
    .then((response) =>
      log(`admin panel compiled in ${Math.round((Date.now() - warmStart) / 1000)} s (HTTP ${response.status})`),
    )
    .catch(() => {})
})

function startAdmin(port: number): ChildProcess {
  const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next')
  return spawn(process.execPath, [nextBin, 'dev', 'cms', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_RUN_JOBS: 'false' },
    stdio: 'inherit',
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
