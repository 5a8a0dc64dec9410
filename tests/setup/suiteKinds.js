/**
 * Which suites are slow: those that boot Payload, drive a browser or start
 * other processes (the CLI, the admin's build), directly or through a helper
 * in tests/support. Found by following each suite's imports, so a new suite
 * lands in the right project without a list to keep: `npm run test:fast`
 * runs the rest (pure rules, loaders, plugins, the read model, the change
 * log) in about half a minute; `npm test` runs both.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** An import that makes a suite slow. */
const SLOW_IMPORT = /^(payload|playwright-core|node:child_process)$|cms\/config\/createPayloadConfig\.ts$/

// Type-only imports load nothing at run time.
const importsOf = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/^import(?!\s+type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1])

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return testFiles(full)
    return name.endsWith('.test.ts') ? [full] : []
  })
}

export function suiteKinds(root) {
  const support = path.join(root, 'tests', 'support')
  const slowHelpers = new Map()
  const isSlow = (file, seen = new Set()) => {
    if (slowHelpers.has(file)) return slowHelpers.get(file)
    if (seen.has(file)) return false
    seen.add(file)
    const slow = importsOf(file).some((specifier) => {
      if (SLOW_IMPORT.test(specifier)) return true
      if (!specifier.startsWith('.')) return false
      const target = path.resolve(path.dirname(file), specifier)
      return target.startsWith(support) && isSlow(target, seen)
    })
    if (file.startsWith(support)) slowHelpers.set(file, slow)
    return slow
  }
  const files = testFiles(path.join(root, 'tests'))
  return { fast: files.filter((file) => !isSlow(file)), slow: files.filter((file) => isSlow(file)) }
}
