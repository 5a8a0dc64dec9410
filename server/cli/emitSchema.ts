/** `npm run schema:emit`: writes schema/schema.graphql from the type-graphql classes. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../config/env.ts'
import { printHubSchema } from '../graphql/printHubSchema.ts'

const target = path.join(projectRoot, 'schema/schema.graphql')
writeFileSync(target, await printHubSchema())
console.log(`wrote ${path.relative(projectRoot, target)}`)
