/**
 * Access rule for a partner's own work: editors and administrators see all;
 * a partner sees only documents of their registry institution (as a query,
 * so lists, counts and single reads are all filtered); anyone else nothing.
 */
import type { Access } from 'payload'
import type { Attachment, Submission } from '../payload-types.ts'
import { hasRole } from './roles.ts'

export const isOwnInstitution: Access<Submission | Attachment> = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const institution = req.user?.institution
  if (hasRole(req.user, 'partner') && institution) return { institution: { equals: institution } }
  return false
}
