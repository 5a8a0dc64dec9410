/**
 * Access rule for Payload's jobs queue (run, queue, cancel): editors and
 * administrators only. Payload lets any signed-in user run the queue through
 * /api/payload-jobs/run; a partner has no business publishing on schedule.
 */
import type { PayloadRequest } from 'payload'
import { hasRole } from './roles.ts'

export const editorsWorkTheQueue = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor')
