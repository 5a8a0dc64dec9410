/**
 * `npm run seed -- [--scale N]`: loads the Gongshu registry seeds into the
 * database (what the dev command does on start), or N times as much
 * consistent data for benchmarks. Running it again adds nothing.
 */
import { parseArgs } from 'node:util'
import { seedRegistry } from '../../seeds/seedAll.ts'
import type { RegistryKind } from '../registry/shared/collections.ts'
import { openDatabaseForCli } from '../database/openDatabaseForCli.ts'

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } })
const scale = Number(values.scale)
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
  console.error('usage: npm run seed -- [--scale N]   (N a whole number from 1 to 1000)')
  process.exit(2)
}

const database = await openDatabaseForCli((line) => console.error(`[seed] ${line}`))
try {
  const started = performance.now()
  const report = await seedRegistry(database.db, scale)
  const counts = (kind: keyof typeof report & RegistryKind) =>
    `${kind} ${report[kind].created} created / ${report[kind].unchanged} unchanged`
  console.log(
    `[seed] scale ${scale}: ${counts('institutions')}, ${counts('teachers')}, ${counts('venues')} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
} finally {
  await database.close()
}
