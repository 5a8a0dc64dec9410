/** Access rule for releasing edit locks: only someone who may change the locked document releases its lock. */
import type { Access } from 'payload'
import { locksWhereUserMay } from '../locks/lockableDocuments.ts'

export const locksOnUpdatableDocuments: Access = ({ req }) => locksWhereUserMay(req, 'update')
