/** Field-level access shared by several collections. */
import type { FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

const editors: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Internal fields (rubrics, scores, notes, links to purchases): editors and administrators only. */
export const editorsOnly = { read: editors, create: editors, update: editors }

/** State the workflow hooks write: nobody sets it through a request. */
export const writtenByWorkflowOnly = { create: () => false, update: () => false }
