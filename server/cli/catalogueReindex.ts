/** `npm run catalogue:reindex`: rebuilds the published catalogue from the CMS and reports what changed. */
import { getPayload } from 'payload'
import { reindexCatalogue } from '../../cms/catalogue/reindexCatalogue.ts'
import { createPayloadConfig } from '../../cms/config/createPayloadConfig.ts'
import { env } from '../config/env.ts'
import { payloadSecret } from '../config/secrets.ts'
import { detectServer } from '../database/flavor.ts'
import { openDatabaseForCli } from '../database/openDatabaseForCli.ts'

const database = await openDatabaseForCli((line) => console.error(`[reindex] ${line}`))
try {
  const { flavor } = await detectServer(database.db)
  const payload = await getPayload({
    config: createPayloadConfig({
      databaseUri: database.uri,
      flavor,
      secret: payloadSecret(env.dataDir),
      logLevel: 'warn',
      jobs: false,
    }),
  })
  const started = performance.now()
  const report = await reindexCatalogue(payload)
  for (const [collection, counts] of Object.entries(report)) {
    console.log(
      `[reindex] ${collection}: ${counts.documents} read, ${counts.written} written, ${counts.unchanged} unchanged, ${counts.removed} removed`,
    )
  }
  console.log(`[reindex] done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  await payload.destroy()
} finally {
  await database.close()
}
process.exit(0)
