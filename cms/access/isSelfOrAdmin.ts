/** Access rule for changing user records: administrators, or the user themself. */
import type { Access } from 'payload'
import type { User } from '../payload-types.ts'
import { hasRole } from './roles.ts'

export const isSelfOrAdmin: Access<User> = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
