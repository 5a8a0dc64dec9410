/**
 * The committed contract matches the code: schema/schema.graphql is what the
 * type-graphql classes print, and every documented operation is valid
 * against it. (`npm run check:generated` also checks the codegen output.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { buildSchema, parse, validate } from 'graphql'
import { projectRoot } from '../../server/config/env.ts'
import { printHubSchema } from '../../server/graphql/printHubSchema.ts'

const schemaFile = path.join(projectRoot, 'schema/schema.graphql')
const operationsDir = path.join(projectRoot, 'schema/operations')

describe('schema/schema.graphql', () => {
  it('is what the server prints (run `npm run generate` when this fails)', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printHubSchema())
  })
})

describe('schema/operations', () => {
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'))
  const files = readdirSync(operationsDir).filter((file) => file.endsWith('.graphql'))

  it('has documented operations', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s starts with a comment saying what it is for', (file) => {
    expect(readFileSync(path.join(operationsDir, file), 'utf8').trimStart().startsWith('#')).toBe(true)
  })

  // Fragments are shared between files, as codegen sees them: validated together.
  it('are valid against the schema', () => {
    const all = files.map((file) => readFileSync(path.join(operationsDir, file), 'utf8')).join('\n')
    expect(validate(schema, parse(all)).map((error) => error.message)).toEqual([])
  })
})
