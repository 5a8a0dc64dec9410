/**
 * `npm run check:imports`: prints how many imports cross between folders and
 * every import that breaks the Layout's direction (exit 1 if any), so a
 * developer sees the picture before the test suite refuses it.
 */
import { projectRoot } from '../config/env.ts'
import { folderOf, PACKAGE, violationsOf } from './imports/importRules.ts'
import { readImportEdges } from './imports/readImports.ts'

const edges = readImportEdges(projectRoot)
const projectEdges = edges.filter((edge) => !edge.to.startsWith(PACKAGE))
const between = new Map<string, { files: Set<string>; imports: number }>()
for (const edge of projectEdges) {
  const [from, to] = [edge.from.split('/')[0], edge.to.split('/')[0]]
  if (from === to) continue
  const key = `${from} -> ${to}`
  const entry = between.get(key) ?? { files: new Set<string>(), imports: 0 }
  entry.files.add(edge.from)
  entry.imports += 1
  between.set(key, entry)
}
console.log('imports between top-level folders (files / imports):')
for (const [key, { files, imports }] of [...between].sort())
  console.log(`  ${key.padEnd(20)} ${files.size} / ${imports}`)

const violations = violationsOf(edges)
if (violations.length === 0) {
  console.log(`\n${projectEdges.length} imports between project files checked, none against the Layout's direction.`)
} else {
  console.log(`\n${violations.length} imports against the Layout's direction:`)
  for (const { rule, edge } of violations)
    console.log(
      `  ${edge.from} -> ${edge.to}${edge.typeOnly ? ' (type)' : ''}: ${rule} (${folderOf(edge.from)} -> ${folderOf(edge.to)})`,
    )
  process.exitCode = 1
}
