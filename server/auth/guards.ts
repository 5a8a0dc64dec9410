/** The access questions resolvers ask, each failing with the right error. */
import type { Role } from '../domain/roles.ts'
import { ForbiddenError, UnauthenticatedError } from '../errors/hubErrors.ts'
import type { Viewer } from './viewer.ts'

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError()
  return viewer
}

export function requireRole(viewer: Viewer | null, roles: Role[], action: { zh: string; en: string }): Viewer {
  const signedIn = requireViewer(viewer)
  if (!roles.includes(signedIn.role)) throw new ForbiddenError(`无权${action.zh}。Your role may not ${action.en}.`)
  return signedIn
}

export function isEditor(viewer: Viewer | null): boolean {
  return viewer?.role === 'admin' || viewer?.role === 'editor'
}
