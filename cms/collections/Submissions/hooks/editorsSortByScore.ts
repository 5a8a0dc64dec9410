/**
 * Editors see a list of submissions best first, to compare the answers to a
 * call side by side. Only editors: a partner may not read scores, so a
 * partner's list may not be sorted by them either (Payload refuses the query).
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access/roles.ts'

export const editorsSortByScore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const find = args as { sort?: unknown }
  if (operation === 'read' && find.sort === undefined && hasRole(req.user, 'admin', 'editor')) find.sort = '-scoreTotal'
  return args
}
