/** Access rule: the district office's editors and administrators. */
import type { Access } from 'payload'
import { hasRole } from './roles.ts'

export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
