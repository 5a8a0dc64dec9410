/**
 * Runs `npm run registry:import` the way a clerk does (the same node
 * command, in the project folder) against a suite's own database, and a
 * folder of the suite's own for the files it writes.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { projectRoot } from '../../server/config/env.ts'
import type { RegistryKind } from '../../server/registry/shared/collections.ts'

export interface ImportRun {
  status: number | null
  stdout: string
  stderr: string
}

export function runImport(databaseUri: string, ...args: string[]): ImportRun {
  const result = spawnSync(process.execPath, ['server/cli/run.mjs', 'server/cli/registryImport.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, MONGODB_URI: databaseUri },
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export function importFolder(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `canal-hub-${label}-`))
}

/** A shipped template's header and rows, as a clerk's spreadsheet holds them. */
export function templateTable(kind: RegistryKind): string[][] {
  return parse(readFileSync(path.join(projectRoot, 'seeds', 'templates', `${kind}.csv`)), { bom: true })
}

/** Rows as CSV text the way Excel writes it: every cell quoted when needed, CRLF lines. */
export function toCsv(rows: string[][]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}

/** The line a summary prints, from "新建 created" on. */
export function summaryCounts(stdout: string): string | undefined {
  return /新建 created \d+, 更新 updated \d+, 无变化 unchanged \d+, 拒绝 rejected \d+/.exec(stdout)?.[0]
}
