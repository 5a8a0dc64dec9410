/**
 * Access rule for user records: editors and administrators see everyone,
 * anybody else only their own account.
 */
import type { Access } from 'payload'
import type { User } from '../payload-types.ts'
import { hasRole } from './roles.ts'

export const isSelfOrEditor: Access<User> = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
