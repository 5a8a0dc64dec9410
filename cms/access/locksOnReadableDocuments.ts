/** Access rule for reading edit locks: a user sees who is editing only documents they may read themselves. */
import type { Access } from 'payload'
import { locksWhereUserMay } from '../locks/lockableDocuments.ts'

export const locksOnReadableDocuments: Access = ({ req }) => locksWhereUserMay(req, 'read')
