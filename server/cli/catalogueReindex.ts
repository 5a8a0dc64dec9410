/** `npm run catalogue:reindex`: rebuilds the published catalogue from the CMS and reports what changed. */
import { getPayload } from 'payload'
import { reindexCourses } from '../../cms/catalogue/reindexCourses.ts'
import { createPayloadConfig } from '../../cms/config/createPayloadConfig.ts'
import { env } from '../config/env.ts'
import { payloadSecret } from '../config/secrets.ts'
import { detectServer } from '../database/flavor.ts'
import { openDatabaseForCli } from '../database/openDatabaseForCli.ts'

const database = await openDatabaseForCli((line) => console.error(`[reindex] ${line}`))
try {
  const { flavor } = await detectServer(database.db)
  const payload = await getPayload({ config: createPayloadConfig({ databaseUri: database.uri, flavor, secret: payloadSecret(env.dataDir), logLevel: 'warn' }) })
  const started = performance.now()
  const report = await reindexCourses(payload)
  console.log(
    `[reindex] courses: ${report.courses} read, ${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  await payload.destroy()
} finally {
  await database.close()
}
process.exit(0)
