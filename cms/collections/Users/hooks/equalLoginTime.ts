/**
 * A wrong password costs Payload one password hash (PBKDF2, 600,000 rounds:
 * the better part of a second) while an unknown email costs nothing, so the
 * time a failed sign-in took told whether the account exists. Before Payload
 * looks the account up, an unknown email pays for the same hash against a
 * throwaway salt, and both failures take as long.
 */
import { pbkdf2, randomBytes } from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload 3.90's current password hash (`pbkdf2-sha256-v1`): 600,000 rounds
 * of SHA-256, 32 bytes. If Payload changes it, the sign-in timing test fails.
 */
const PAYLOAD_HASH = { rounds: 600_000, bytes: 32, digest: 'sha256' } as const

const throwawaySalt = randomBytes(32).toString('hex')

function hashInVain(password: string): Promise<void> {
  return new Promise((resolve) =>
    pbkdf2(password, throwawaySalt, PAYLOAD_HASH.rounds, PAYLOAD_HASH.bytes, PAYLOAD_HASH.digest, () => resolve()),
  )
}

export const equalLoginTime: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  // Payload refuses these itself, before any hash, for known and unknown accounts alike.
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const account = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!account) await hashInVain(password)
  return args
}
