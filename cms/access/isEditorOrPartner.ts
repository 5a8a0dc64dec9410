/** Access rule: editors, administrators and partner accounts (whose further limits live in hooks and queries). */
import type { Access } from 'payload'
import { hasRole } from './roles.ts'

export const isEditorOrPartner: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'partner')
