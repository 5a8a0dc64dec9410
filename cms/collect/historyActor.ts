/**
 * Who took a step in a submission's history, as the partner may see it: the
 * person's name or their role, never an email address (reviewers' addresses
 * are not the partner's to know). Editors also get the account itself.
 */
import type { FieldHook } from 'payload'
import { hasRole, ROLE_LABELS, type Role } from '../access/roles.ts'

interface Actor {
  name?: string | null
  role?: string | null
}

/** A name, unless it is empty or an address; then the role. */
export function shownAs(user: Actor): string {
  const name = user.name?.trim()
  if (name && !name.includes('@')) return name
  return ROLE_LABELS[(user.role ?? 'editor') as Role]?.zh ?? ROLE_LABELS.editor.zh
}

/** Steps recorded before names were kept held the actor's email: only editors still read it. */
export const hideAddressesFromPartners: FieldHook = ({ value, req }) =>
  typeof value === 'string' && value.includes('@') && !hasRole(req.user, 'admin', 'editor') ? '—' : value
