/**
 * Each subscriber's signing secret, in a collection of its own: no document
 * the CMS returns holds it, and it is apart from the delivery state, which
 * jobs rewrite all the time (on the embedded FerretDB an update rewrites the
 * whole document, so a rotation sharing a document with it could be undone
 * by a job's concurrent save). Shown once when asked, or once per rotation.
 */
import { randomBytes } from 'node:crypto'
import type { Collection, Db } from 'mongodb'
import { isDuplicateKey } from '../../database/duplicateKey.ts'

export const SUBSCRIBER_SECRETS_COLLECTION = 'webhook_subscriber_secrets'

export interface SubscriberSecret {
  _id: string
  secret: string
  /** Whether this secret has been shown (it is shown once). */
  shown: boolean
  createdAt: Date
}

export const subscriberSecrets = (db: Db): Collection<SubscriberSecret> =>
  db.collection<SubscriberSecret>(SUBSCRIBER_SECRETS_COLLECTION)

const newSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`

/** The subscriber's secret record, generated (not yet shown) if it has none. */
export async function ensureSecret(db: Db, subscriberId: string): Promise<SubscriberSecret> {
  const secrets = subscriberSecrets(db)
  const found = await secrets.findOne({ _id: subscriberId })
  if (found) return found
  const record: SubscriberSecret = { _id: subscriberId, secret: newSecret(), shown: false, createdAt: new Date() }
  try {
    await secrets.insertOne(record)
    return record
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    return (await secrets.findOne({ _id: subscriberId }))!
  }
}

export async function currentSecret(db: Db, subscriberId: string): Promise<string> {
  return (await ensureSecret(db, subscriberId)).secret
}

/**
 * The secret, once: null when it was shown already. Compare-and-set on the
 * secret itself, so two editors clicking together cannot both see it.
 */
export async function revealSecretOnce(db: Db, subscriberId: string): Promise<string | null> {
  const record = await ensureSecret(db, subscriberId)
  if (record.shown) return null
  const result = await subscriberSecrets(db).updateOne(
    { _id: subscriberId, secret: record.secret, shown: false },
    { $set: { shown: true } },
  )
  return result.modifiedCount === 1 ? record.secret : null
}

/** A new secret, replacing the old one at once, returned this one time. */
export async function rotateSecret(db: Db, subscriberId: string): Promise<string> {
  await ensureSecret(db, subscriberId)
  const secret = newSecret()
  await subscriberSecrets(db).updateOne({ _id: subscriberId }, { $set: { secret, shown: true, createdAt: new Date() } })
  return secret
}

export async function dropSecret(db: Db, subscriberId: string): Promise<void> {
  await subscriberSecrets(db).deleteOne({ _id: subscriberId })
}
