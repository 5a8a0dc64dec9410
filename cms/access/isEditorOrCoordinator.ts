/** Access rule: editors, administrators and street coordinators (whose further limits live in hooks). */
import type { Access } from 'payload'
import { hasRole } from './roles.ts'

export const isEditorOrCoordinator: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'coordinator')
