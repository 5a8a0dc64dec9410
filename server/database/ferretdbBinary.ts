/**
 * Finds or builds the embedded FerretDB server (the Go program beside this
 * file). It is built once into the git-ignored `.bin/` folder and reused.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../config/env.ts'
import { DatabaseLaunchError } from './databaseLaunchError.ts'

export const ferretdbSourceDir = path.join(projectRoot, 'server/database/ferretdb')
export const ferretdbBinaryPath = path.join(projectRoot, '.bin/ferretdb')

export interface FerretdbBuildOptions {
  binaryPath?: string
  /** The Go command to build with; tests point it at one that does not exist. */
  goCommand?: string
  log?: (line: string) => void
}

export function ensureFerretdbBinary(options: FerretdbBuildOptions = {}): string {
  const { binaryPath = ferretdbBinaryPath, goCommand = 'go', log = () => {} } = options
  if (existsSync(binaryPath)) return binaryPath

  const goVersion = spawnSync(goCommand, ['version'], { encoding: 'utf8' })
  if (goVersion.error || goVersion.status !== 0) {
    throw new DatabaseLaunchError(
      'No Go toolchain found to build the embedded FerretDB: install Go 1.24+ (and put `go` on PATH) or set MONGODB_URI to a MongoDB server.',
    )
  }

  log(`building the embedded FerretDB with ${goVersion.stdout.trim()} (once; about two minutes)...`)
  mkdirSync(path.dirname(binaryPath), { recursive: true })
  const build = spawnSync(goCommand, ['build', '-o', binaryPath, '.'], {
    cwd: ferretdbSourceDir,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  })
  if (build.status !== 0) {
    const reason = build.signal
      ? `interrupted by ${build.signal}`
      : (build.stderr || String(build.error ?? '')).trim().split('\n').slice(-1)[0]
    throw new DatabaseLaunchError(
      `Building the embedded FerretDB failed (${reason}); check Go module proxy access or set MONGODB_URI.`,
    )
  }
  return binaryPath
}
