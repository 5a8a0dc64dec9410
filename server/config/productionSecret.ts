/**
 * The signing secret `npm start` uses. In production it must be set and
 * strong: a missing one would be generated per machine (replicas could not
 * read each other's sessions), and a placeholder copied from an example
 * would let anyone sign sessions. Outside production the dev fallback
 * (generated into the data folder) applies.
 */
import { limits } from './limits.ts'
import { payloadSecret } from './secrets.ts'

/** Values seen in examples and templates, never acceptable in production. */
const PLACEHOLDERS = [
  'change-me',
  'changeme',
  'secret',
  'payload-secret',
  'generate',
  'admin-build',
  'build-only-not-a-secret',
  'replace-with-a-long-random-string',
]

export class UnsafeSecretError extends Error {}

export function productionSecret(raw: string | undefined): string {
  if (!raw)
    throw new UnsafeSecretError(
      'PAYLOAD_SECRET is not set: in production set it to a long random string (e.g. `openssl rand -hex 32`), the same on every process.',
    )
  if (PLACEHOLDERS.includes(raw.trim().toLowerCase()))
    throw new UnsafeSecretError(
      'PAYLOAD_SECRET is a placeholder from an example: set a long random string of your own.',
    )
  if (raw.length < limits.production.minSecretLength)
    throw new UnsafeSecretError(
      `PAYLOAD_SECRET is shorter than ${limits.production.minSecretLength} characters: set a long random string.`,
    )
  return raw
}

/** The secret for this process: checked in production, else the dev fallback. */
export function startSecret(production: boolean, dataDir: string): string {
  return production ? productionSecret(process.env.PAYLOAD_SECRET) : payloadSecret(dataDir)
}
