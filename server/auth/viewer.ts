/**
 * Who is asking: the signed-in user behind a request's JWT or API key, as
 * Payload authenticates it, reduced to what the hub's rules need.
 *
 * Payload's own auth strategies (its JWT and API-key checks, which read the
 * user), not `payload.auth()`: that also works out the user's permissions on
 * every collection for the admin panel, which the hub never reads and which
 * cost a signed-in request (each push of a batch) several milliseconds.
 */
import { executeAuthStrategies, type Payload, type TypedUser } from 'payload'
import type { Role } from '../domain/roles.ts'

export interface Viewer {
  id: string
  email: string
  role: Role
  /** A coordinator's street. */
  street: string | null
  /** A partner's registry institution. */
  institution: string | null
  /** A service account's source system. */
  sourceSystem: string | null
  /** The user as Payload authenticated them: signed-in work runs through the Local API as this user. */
  user: TypedUser
}

/** Resolves the viewer from request headers; null when anonymous or the credentials are not valid. */
export async function resolveViewer(payload: Payload, headers: Headers): Promise<Viewer | null> {
  if (!headers.get('authorization') && !headers.get('cookie')) return null
  const { user } = await executeAuthStrategies({ headers, payload })
  if (!user || user.collection !== 'users') return null
  return {
    id: String(user.id),
    email: user.email,
    role: user.role,
    street: user.street ?? null,
    institution: user.institution ?? null,
    sourceSystem: user.sourceSystem ?? null,
    user,
  }
}
