'use client'
/**
 * Names of registry records for the admin, fetched once per record and page:
 * every picker, row label and list cell that shows a registry id asks here,
 * and the ids asked for in the same moment go out together
 * (GET /api/registry-search?ids=…, up to the endpoint's limit a request), so
 * a series of 60 sessions costs one or two requests, not 120. A name not yet
 * fetched is "loading", never "not in the registry": only the registry's
 * answer says that.
 */
import { useEffect, useSyncExternalStore } from 'react'
import type { RegistryKind } from '../registry/registryDb.ts'
import type { RegistryChoice, RegistrySearchResult } from '../registry/searchRegistry.ts'

/** The endpoint labels at most this many ids a request (limits.registrySearch.maxIds). */
const IDS_PER_REQUEST = 100

/** What the admin knows of one id: its record, that the registry has none, that asking failed, or nothing yet. */
export type RegistryLabel =
  { state: 'found'; choice: RegistryChoice } | { state: 'missing' } | { state: 'failed' } | { state: 'loading' }

const known = new Map<string, RegistryLabel>()
const queued = new Map<string, { url: string; kind: RegistryKind; ids: Set<string> }>()
const listeners = new Set<() => void>()
let version = 0
let flushScheduled = false

const keyOf = (kind: RegistryKind, id: string) => `${kind}\u0000${id}`

function changed(): void {
  version++
  for (const listener of listeners) listener()
}

/** Remembers records a search returned, so choosing one needs no second request. */
export function rememberChoices(kind: RegistryKind, choices: RegistryChoice[]): void {
  for (const choice of choices) known.set(keyOf(kind, choice.id), { state: 'found', choice })
  if (choices.length > 0) changed()
}

export function registryLabel(kind: RegistryKind, id: string): RegistryLabel {
  return known.get(keyOf(kind, id)) ?? { state: 'loading' }
}

function request(url: string, kind: RegistryKind, ids: string[]): void {
  let added = false
  for (const id of ids) {
    const key = keyOf(kind, id)
    if (known.has(key)) continue
    known.set(key, { state: 'loading' })
    const batchKey = `${url}\u0000${kind}`
    const batch = queued.get(batchKey) ?? { url, kind, ids: new Set<string>() }
    batch.ids.add(id)
    queued.set(batchKey, batch)
    added = true
  }
  if (!added || flushScheduled) return
  flushScheduled = true
  // Every component rendered in this pass adds its ids before the requests go out.
  setTimeout(flush, 0)
}

function flush(): void {
  flushScheduled = false
  const batches = [...queued.values()]
  queued.clear()
  for (const { url, kind, ids } of batches) {
    const all = [...ids]
    for (let start = 0; start < all.length; start += IDS_PER_REQUEST)
      void label(url, kind, all.slice(start, start + IDS_PER_REQUEST))
  }
}

async function label(url: string, kind: RegistryKind, ids: string[]): Promise<void> {
  try {
    const response = await fetch(`${url}?${new URLSearchParams({ kind, ids: ids.join(',') })}`, {
      credentials: 'include',
    })
    if (!response.ok) throw new Error(`registry search answered ${response.status}`)
    const result = (await response.json()) as RegistrySearchResult
    const found = new Map(result.results.map((choice) => [choice.id, choice]))
    for (const id of ids) {
      const choice = found.get(id)
      known.set(keyOf(kind, id), choice ? { state: 'found', choice } : { state: 'missing' })
    }
  } catch (error) {
    console.error(error)
    // Asked again the next time a component needs it.
    for (const id of ids) known.set(keyOf(kind, id), { state: 'failed' })
  }
  changed()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The labels of `ids` (a re-render follows each answer). `url` is the
 * registry-search endpoint of this admin.
 */
export function useRegistryLabels(url: string, kind: RegistryKind, ids: string[]): (id: string) => RegistryLabel {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  )
  const wanted = ids.join(',')
  useEffect(() => {
    const retry = ids.filter((id) => known.get(keyOf(kind, id))?.state === 'failed')
    for (const id of retry) known.delete(keyOf(kind, id))
    request(url, kind, ids)
    // `wanted` stands for the ids.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, kind, wanted])
  return (id) => registryLabel(kind, id)
}
