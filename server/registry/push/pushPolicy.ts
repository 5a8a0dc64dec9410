/**
 * Who may push what into the registry, as pure rules:
 *  - editors and administrators: anything;
 *  - a street coordinator: only records of their own street;
 *  - a service account: only records of its own source system;
 *  - everybody else: nothing.
 */
import type { Role } from '../../domain/roles.ts'

export interface Pusher {
  /** Who, for the push log: an email, or `cli:<user>` for the importer. */
  label: string
  role: Role
  street: string | null
  sourceSystem: string | null
}

export type BatchVerdict = { allowed: true } | { allowed: false; reason: string }

export function mayPushBatch(pusher: Pusher, source: string): BatchVerdict {
  switch (pusher.role) {
    case 'admin':
    case 'editor':
      return { allowed: true }
    case 'coordinator':
      return pusher.street
        ? { allowed: true }
        : { allowed: false, reason: '该协调员账号未设置所属街道。This coordinator account has no street.' }
    case 'service':
      return pusher.sourceSystem === source
        ? { allowed: true }
        : {
            allowed: false,
            reason: `服务账号只能推送来源“${pusher.sourceSystem ?? ''}”的数据，不能推送“${source}”。A service account may push only its own source system ("${pusher.sourceSystem ?? ''}"), not "${source}".`,
          }
    default:
      return { allowed: false, reason: '无权推送登记数据。This account may not push registry data.' }
  }
}

/**
 * Whether a record may be written by this pusher. `currentStreet` is the
 * street of the stored record, if any: a coordinator may neither write into
 * another street nor take over another street's record.
 */
export function mayPushRecord(
  pusher: Pusher,
  recordStreet: string | null,
  currentStreet: string | null | undefined,
): boolean {
  if (pusher.role !== 'coordinator') return true
  if (recordStreet !== pusher.street) return false
  return currentStreet === undefined || currentStreet === pusher.street
}
