/**
 * DataLoader's `loadMany` hands back an Error in the place of each key that
 * failed, so a caller that filters the Errors out turns a database time-out
 * into "no teachers" or a wrong count. Every resolver that needs all of its
 * keys loads them through here: one failed key fails the field, loudly, with
 * the key's own error (a time-out stays a TIMEOUT for the client).
 */
import type DataLoader from 'dataloader'

/** The values of every key, in order; throws the first key's error when any failed. */
export async function loadAll<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys)
  const failed = values.find((value): value is Error => value instanceof Error)
  if (failed) throw failed
  return values as V[]
}
