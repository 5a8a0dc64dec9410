/**
 * The admin's registry picker reads through here: records of one kind whose
 * name contains the editor's text, or the records behind ids already chosen,
 * each as an id, a label and a line of detail that tells namesakes apart.
 */
import type { Filter } from 'mongodb'
import type { Payload } from 'payload'
import { escapeRegex } from '../../server/domain/language/escapeRegex.ts'
import { limits } from '../../server/config/limits.ts'
import {
  INSTITUTION_KINDS,
  POOL_LEVELS,
  VENUE_STATUSES,
  type InstitutionKind,
  type PoolLevel,
  type VenueStatus,
} from '../../server/domain/vocabulary.ts'
import { REGISTRY_COLLECTIONS } from '../../server/registry/shared/collections.ts'
import { type RegistryKind } from './registryDb.ts'
import { payloadDb } from '../database/payloadDb.ts'

export type Language = 'zh' | 'en'

export interface RegistryChoice {
  id: string
  label: string
  detail: string
}

export interface RegistrySearch {
  kind: RegistryKind
  /** Text the name must contain; empty lists the first records by name. */
  text?: string
  /** Label these ids instead of searching. */
  ids?: string[]
  /** Only records of this street. */
  streetId?: string
  language: Language
}

export interface RegistrySearchResult {
  results: RegistryChoice[]
  /** More records match than were returned: the editor should type more. */
  more: boolean
}

interface PickerDocument {
  _id: string
  name: string
  streetId?: string | null
  poolLevel?: PoolLevel
  active?: boolean
  capacity?: number
  status?: VenueStatus
  kind?: InstitutionKind
}

const PROJECTION: Record<RegistryKind, Record<string, 1>> = {
  institutions: { name: 1, streetId: 1, kind: 1 },
  teachers: { name: 1, streetId: 1, poolLevel: 1, active: 1 },
  venues: { name: 1, streetId: 1, capacity: 1, status: 1 },
}

export async function searchRegistry(payload: Payload, search: RegistrySearch): Promise<RegistrySearchResult> {
  const db = payloadDb(payload)
  const filter: Filter<PickerDocument> = {}
  if (search.streetId !== undefined) filter.streetId = search.streetId
  let limit: number = limits.registrySearch.maxResults
  if (search.ids) {
    filter._id = { $in: search.ids }
    limit = search.ids.length
  } else {
    // A teacher who left the pool keeps their label on old courses but is no longer offered.
    if (search.kind === 'teachers') filter.active = true
    const text = search.text?.trim()
    if (text) filter.name = { $regex: escapeRegex(text), $options: 'i' }
  }
  if (limit === 0) return { results: [], more: false }

  const docs = await db
    .collection<PickerDocument>(REGISTRY_COLLECTIONS[search.kind])
    .find(filter, { projection: PROJECTION[search.kind], maxTimeMS: limits.database.maxTimeMS })
    .sort({ name: 1, _id: 1 })
    // One more than shown, to know whether the editor should narrow the search.
    .limit(limit + 1)
    .toArray()
  const shown = docs.slice(0, limit)
  const streetNames = await streetNamesOf(payload, shown, search.language)
  return {
    results: shown.map((doc) => ({
      id: doc._id,
      label: doc.name,
      detail: detailOf(search.kind, doc, streetNames, search.language),
    })),
    more: docs.length > limit,
  }
}

async function streetNamesOf(
  payload: Payload,
  docs: PickerDocument[],
  language: Language,
): Promise<Map<string, string>> {
  const ids = [...new Set(docs.map((doc) => doc.streetId).filter((id): id is string => typeof id === 'string'))]
  if (ids.length === 0) return new Map()
  const streets = await payloadDb(payload)
    .collection<{ _id: string; name: string; nameEn: string }>(REGISTRY_COLLECTIONS.streets)
    .find({ _id: { $in: ids } }, { projection: { name: 1, nameEn: 1 }, maxTimeMS: limits.database.maxTimeMS })
    .toArray()
  return new Map(streets.map((street) => [street._id, language === 'zh' ? `${street.name}街道` : street.nameEn]))
}

function detailOf(
  kind: RegistryKind,
  doc: PickerDocument,
  streetNames: Map<string, string>,
  language: Language,
): string {
  const street = doc.streetId
    ? (streetNames.get(doc.streetId) ?? doc.streetId)
    : language === 'zh'
      ? '区级'
      : 'District'
  // A district-pool teacher's pool level already says so.
  const parts: (string | undefined)[] = [kind === 'teachers' && !doc.streetId ? undefined : street]
  switch (kind) {
    case 'teachers':
      parts.push(doc.poolLevel && POOL_LEVELS[doc.poolLevel]?.[language])
      if (doc.active === false) parts.push(language === 'zh' ? '已不在库' : 'no longer in the pool')
      break
    case 'venues':
      if (typeof doc.capacity === 'number')
        parts.push(language === 'zh' ? `容纳 ${doc.capacity} 人` : `${doc.capacity} seats`)
      if (doc.status && doc.status !== 'ACTIVE') parts.push(VENUE_STATUSES[doc.status]?.[language])
      break
    case 'institutions':
      parts.push(doc.kind && INSTITUTION_KINDS[doc.kind]?.[language])
      break
  }
  return parts.filter(Boolean).join(' · ')
}
