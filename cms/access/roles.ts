/**
 * The roles of the hub's users and the one question every access rule asks:
 * does this user hold one of these roles?
 */
import { ROLES, type Role } from '../../server/domain/roles.ts'

export { ROLES, type Role }

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  editor: { zh: '编辑（区社区教育工作委员会办公室）', en: 'Editor (district office)' },
  coordinator: { zh: '街道分院协调员', en: 'Street coordinator' },
  partner: { zh: '合作机构', en: 'Partner institution' },
  service: { zh: '数据推送服务账号', en: 'Service account (pushes registry data)' },
}

interface UserWithRole {
  role?: string | null
}

export function hasRole(user: UserWithRole | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.role && (roles as string[]).includes(user.role))
}
