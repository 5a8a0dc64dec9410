/** The hub's version, from package.json, for `health` and logs. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from './env.ts'

export const hubVersion: string = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version
