/**
 * A partner account works for one registry institution and sees only that
 * institution's work: an account without one, or with an id the registry
 * does not have, would see nothing and meet 403s. So it is refused when the
 * account is saved, on the institution field.
 */
import type { PayloadRequest } from 'payload'
import { missingRegistryIds } from '../registry/registryDb.ts'

export async function partnerInstitution(
  value: unknown,
  { siblingData, req }: { siblingData: { role?: string | null }; req: PayloadRequest },
): Promise<string | true> {
  if (siblingData.role !== 'partner') return true
  const id = typeof value === 'string' ? value.trim() : ''
  if (id === '') return '合作机构账号须选择所属机构。A partner account needs its institution.'
  const [missing] = await missingRegistryIds(req, 'institutions', [id])
  return missing === undefined
    ? true
    : `登记中没有机构“${id}”，请从登记库中选择。No institution "${id}" in the registry: pick one from it.`
}
