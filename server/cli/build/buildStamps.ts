/**
 * What each build is made from, and a stamp beside its output naming the
 * sources it was made from. `npm run build` writes the stamps, and the test
 * helpers that need a build (the browser suites, the production suites)
 * rebuild only when the stamp no longer matches, so CI builds once and a
 * developer's edit rebuilds only what bundles the edited file.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PACKAGE } from '../imports/importRules.ts'
import { importEdgesOf, projectSourceFiles } from '../imports/readImports.ts'

export type BuildName = 'hub' | 'admin'

interface Build {
  /** The stamp's path, inside the build's output (a new build empties the output, and with it the stamp). */
  stamp: string
  /** Files and folders whose content makes the build. */
  inputs(root: string): string[]
}

/** Written by the build tools or the editor, not sources of any build. */
const NOT_INPUTS = new Set(['.next', 'node_modules', 'next-env.d.ts', 'tsconfig.tsbuildinfo'])
const CONFIG = ['package.json', 'package-lock.json', 'tsconfig.json']
const SOURCE = /\.(ts|tsx|mts|mjs|js|jsx)$/

const BUILDS: Record<BuildName, Build> = {
  // tsc compiles every file of these folders to dist/.
  hub: {
    stamp: 'dist/.build-inputs',
    inputs: () => ['server', 'cms', 'seeds', 'schema', 'tsconfig.build.json', ...CONFIG],
  },
  // Next bundles cms/ and what it imports from the shared layer, nothing else: an edit to the graph does not rebuild the admin.
  admin: {
    stamp: 'cms/.next/canal-hub-build-inputs',
    inputs: (root) => ['cms', ...importedFromOutside(root, 'cms'), ...CONFIG],
  },
}

/** Files outside `folder` that its files import, directly or through each other. */
function importedFromOutside(root: string, folder: string): string[] {
  const seen = new Set<string>()
  const queue = projectSourceFiles(root, [folder])
  while (queue.length > 0) {
    const file = queue.pop()!
    if (!SOURCE.test(file)) continue
    for (const { to } of importEdgesOf(root, file)) {
      if (seen.has(to) || to.startsWith(`${folder}/`) || to.startsWith(PACKAGE)) continue
      seen.add(to)
      queue.push(to)
    }
  }
  return [...seen].sort()
}

/** A digest of every input's path and content, in a fixed order. */
export function inputsHash(root: string, name: BuildName): string {
  const hash = createHash('sha256')
  const visit = (relative: string) => {
    const full = path.join(root, relative)
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) if (!NOT_INPUTS.has(entry)) visit(path.posix.join(relative, entry))
    } else {
      hash.update(relative).update('\0').update(readFileSync(full)).update('\0')
    }
  }
  for (const input of BUILDS[name].inputs(root)) visit(input)
  return hash.digest('hex')
}

/** True when the build's output was made from exactly the current sources. */
export function isFresh(root: string, name: BuildName, hash = inputsHash(root, name)): boolean {
  const stamp = path.join(root, BUILDS[name].stamp)
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === hash
}

export function writeStamp(root: string, name: BuildName, hash = inputsHash(root, name)): void {
  writeFileSync(path.join(root, BUILDS[name].stamp), hash)
}

/**
 * One build of a kind at a time, across jest workers and processes: mkdir is
 * atomic. The lock lives outside the build's output, which a build empties
 * when it starts; one older than `timeoutMs` was left by a killed run.
 */
export async function withBuildLock<T>(
  root: string,
  name: BuildName,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const lock = path.join(
    os.tmpdir(),
    `canal-hub-${name}-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`,
  )
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false })
      if (held && Date.now() - held.mtimeMs > timeoutMs) rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`another ${name} build held ${lock} too long`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    return await work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
