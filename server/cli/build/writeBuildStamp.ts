/**
 * `npm run build`'s last step for each output: stamps it with the sources it
 * was made from, so the test suites that need the build use this one instead
 * of building again (see buildStamps.ts).
 */
import { projectRoot } from '../../config/env.ts'
import { writeStamp, type BuildName } from './buildStamps.ts'

const name = process.argv[2]
if (name !== 'hub' && name !== 'admin') {
  console.error('usage: writeBuildStamp.ts hub|admin')
  process.exit(2)
}
writeStamp(projectRoot, name as BuildName)
