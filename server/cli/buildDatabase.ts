/**
 * `npm run db:build`: builds the embedded FerretDB once (the dev command and
 * the tests would otherwise build it on first use). A no-op when built.
 */
import { ensureFerretdbBinary } from '../database/ferretdbBinary.ts'
import { runCli } from './runCli.ts'

runCli(async () => {
  const binary = ensureFerretdbBinary({ log: (line) => console.log(`[hub] ${line}`) })
  console.log(`[hub] embedded database ready: ${binary}`)
  process.exit(0)
})
