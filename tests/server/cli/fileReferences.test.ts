/**
 * Files the code opens by a path relative to itself (`new URL('../x',
 * import.meta.url)`) still exist: a file moved to another folder keeps its
 * imports checked by the compiler, but not the data files and scripts it
 * reads this way, which only fail when that command runs.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { projectSourceFiles } from '../../../server/cli/imports/readImports.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
/** `new URL('<relative>', import.meta.url)`, the relative part up to any `${…}`. */
const REFERENCE = /new URL\(\s*(['"`])(\.{1,2}\/[^'"`$]*)(\$\{)?[^'"`]*\1\s*,\s*import\.meta\.url\s*\)/g

describe('relative file references', () => {
  it('name files and folders that exist', () => {
    const missing: string[] = []
    let checked = 0
    for (const file of projectSourceFiles(root, ['server', 'cms', 'seeds', 'schema', 'tests'])) {
      for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(REFERENCE)) {
        const [, , relative, interpolated] = match
        // With an interpolation, the folder before it must exist.
        const target = path.resolve(root, path.dirname(file), interpolated ? path.dirname(`${relative}x`) : relative!)
        checked++
        if (!existsSync(target)) missing.push(`${file}: ${match[0]}`)
      }
    }
    expect(checked).toBeGreaterThan(5)
    expect(missing).toEqual([])
  })
})
