/**
 * The schema as SDL, sorted so that reordering classes never shows up as a
 * change in the committed contract.
 */
import { lexicographicSortSchema, printSchema } from 'graphql'
import { hubSchema } from './schema.ts'

export const SCHEMA_HEADER =
  '# The public contract of the Canal Learning Hub graph, printed from server/. Do not edit: run `npm run generate`.\n\n'

export async function printHubSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await hubSchema())) + '\n'
}
