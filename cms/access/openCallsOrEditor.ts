/** Access rule for calls: editors see every call; partners and coordinators see open calls only. */
import type { Access } from 'payload'
import { hasRole } from './roles.ts'

export const openCallsOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'partner', 'coordinator')) return { status: { equals: 'open' } }
  return false
}
