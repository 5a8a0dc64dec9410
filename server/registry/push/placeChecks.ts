/**
 * Street, community and institution references as pushed, checked the same
 * way for every kind of record. The caller says when a street or community is
 * required and what to tell the pusher if it is missing.
 */
import type { Problems } from './checks.ts'
import type { NormalizeContext, Reference } from './normalized.ts'
import { resolveReference } from '../shared/registryIds.ts'

/** The street id for what was written, or null; a problem when unknown, or missing though required. */
export function streetField(
  value: string | null | undefined,
  path: string,
  ctx: NormalizeContext,
  problems: Problems,
  missing?: string,
): string | null {
  if (!value) {
    if (missing) problems.add(path, missing)
    return null
  }
  const street = ctx.places.findStreet(value)
  if (street) return street._id
  problems.add(path, `未知街道“${value}”（拱墅区共 18 个街道）。Unknown street "${value}".`)
  return null
}

/** The community id within the street, or null; a problem when it is not in that street, or missing though required. */
export function communityField(
  value: string | null | undefined,
  street: { written: string | null | undefined; id: string | null },
  path: string,
  ctx: NormalizeContext,
  problems: Problems,
  missing?: string,
): string | null {
  if (!value) {
    if (missing) problems.add(path, missing)
    return null
  }
  const community = ctx.places.findCommunity(value, street.id ?? undefined)
  if (community) return community._id
  problems.add(path, `街道“${street.written ?? ''}”下没有社区“${value}”。No community "${value}" in that street.`)
  return null
}

/** An institution reference resolved to a registry id and noted for the existence check. */
export function institutionReference(
  value: string,
  path: string,
  ctx: NormalizeContext,
  references: Reference[],
): string {
  const id = resolveReference(value, ctx.source)
  references.push({ path, id })
  return id
}
