/**
 * The build stamps decide when the browser and production suites rebuild:
 * the admin's inputs are cms/ and what it imports, so an edit to the graph
 * keeps the admin's build, and an edit to a shared rule the admin bundles
 * does not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { inputsHash, isFresh, writeStamp } from '../../../server/cli/build/buildStamps.ts'

let root: string
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'build-stamps-'))
  write('package.json', '{}')
  write('package-lock.json', '{}')
  write('tsconfig.json', '{}')
  write('tsconfig.build.json', '{}')
  write('cms/payload.config.ts', "import { rule } from '../server/domain/rule.ts'\nexport default rule\n")
  write('server/domain/rule.ts', "import { LIMIT } from '../config/limits.ts'\nexport const rule = LIMIT\n")
  write('server/config/limits.ts', 'export const LIMIT = 1\n')
  write('server/graphql/resolver.ts', "import { rule } from '../domain/rule.ts'\nexport const answer = rule\n")
  write('seeds/data.ts', 'export const DATA = []\n')
  write('schema/schema.graphql', 'type Query { a: Int }\n')
  mkdirSync(path.join(root, 'cms/.next'), { recursive: true })
  mkdirSync(path.join(root, 'dist'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('build stamps', () => {
  it('keeps the admin build when only the graph changed, and the hub build not', () => {
    writeStamp(root, 'admin')
    writeStamp(root, 'hub')
    write('server/graphql/resolver.ts', 'export const answer = 2\n')
    expect(isFresh(root, 'admin')).toBe(true)
    expect(isFresh(root, 'hub')).toBe(false)
  })

  it('rebuilds the admin when a file it imports through another changed', () => {
    writeStamp(root, 'admin')
    write('server/config/limits.ts', 'export const LIMIT = 2\n')
    expect(isFresh(root, 'admin')).toBe(false)
  })

  it('rebuilds the admin when cms/ or the lock file changed', () => {
    const before = inputsHash(root, 'admin')
    write('cms/custom.css', 'body {}\n')
    const afterCss = inputsHash(root, 'admin')
    write('package-lock.json', '{"lockfileVersion": 3}')
    expect(new Set([before, afterCss, inputsHash(root, 'admin')]).size).toBe(3)
  })

  it('ignores what the builds write themselves', () => {
    const before = inputsHash(root, 'admin')
    write('cms/.next/server/page.js', 'built')
    write('cms/next-env.d.ts', '/// generated')
    expect(inputsHash(root, 'admin')).toBe(before)
  })

  it('has no stamp before the first build', () => {
    expect(isFresh(root, 'hub')).toBe(false)
  })
})
