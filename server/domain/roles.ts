/**
 * The roles a hub account holds, defined once: the CMS builds its role select
 * (and so Payload's generated `User['role']`) from this list, and the pure
 * workflow rules take the same type, so a role added here reaches every rule.
 */
export const ROLES = ['admin', 'editor', 'coordinator', 'partner', 'service'] as const
export type Role = (typeof ROLES)[number]
