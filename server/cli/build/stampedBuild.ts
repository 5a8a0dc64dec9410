/**
 * `npm run build`'s way of making an output the suites may reuse: hashes the
 * sources first, runs the build, and stamps the output with that earlier
 * hash, one build of a kind at a time. A file saved while the build ran
 * therefore leaves the stamp stale, never a stale build stamped fresh.
 * usage: stampedBuild.ts hub|admin <command> [args...]
 */
import { spawn } from 'node:child_process'
import { projectRoot } from '../../config/env.ts'
import { inputsHash, withBuildLock, writeStamp, type BuildName } from './buildStamps.ts'

/** Longer than a cold admin build on two busy cores. */
const BUILD_TIMEOUT_MS = 15 * 60 * 1000

const [name, command, ...args] = process.argv.slice(2)
if ((name !== 'hub' && name !== 'admin') || !command) {
  console.error('usage: stampedBuild.ts hub|admin <command> [args...]')
  process.exit(2)
}

const code = await withBuildLock(projectRoot, name as BuildName, BUILD_TIMEOUT_MS, async () => {
  const inputs = inputsHash(projectRoot, name as BuildName)
  const exit = await new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (status, signal) => resolve(signal ? 1 : (status ?? 1)))
  })
  if (exit === 0) writeStamp(projectRoot, name as BuildName, inputs)
  return exit
})
process.exit(code)
