/**
 * Users of the admin and the hub: administrators, the district office's
 * editors, street coordinators (scoped to one street) and partner accounts
 * (scoped to one registry institution), and service accounts of departments'
 * systems (scoped to one source system). API keys serve systems that push.
 */
import type { CollectionConfig } from 'payload'
import { limits } from '../../../server/config/limits.ts'
import { streetField } from '../../fields/streetField.ts'
import { isAdmin, isAdminField } from '../../access/isAdmin.ts'
import { isSelfOrAdmin } from '../../access/isSelfOrAdmin.ts'
import { isSelfOrEditor } from '../../access/isSelfOrEditor.ts'
import { ROLE_LABELS, ROLES } from '../../access/roles.ts'
import { registryPicker } from '../../fields/registryReference.ts'
import { equalLoginTime } from './hooks/equalLoginTime.ts'
import { partnerInstitution } from '../../collect/partnerInstitution.ts'
import { displayNameOnRead, setDisplayName } from '../../hooks/userDisplayName.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { zh: '用户', en: 'User' },
    plural: { zh: '用户', en: 'Users' },
  },
  admin: {
    // A name (or the role), never the address: 送审人, 审核人 and every account shown elsewhere read it.
    useAsTitle: 'displayName',
    defaultColumns: ['name', 'email', 'role'],
    group: { zh: '系统', en: 'System' },
  },
  auth: {
    useAPIKey: true,
    maxLoginAttempts: limits.auth.maxLoginAttempts,
    lockTime: limits.auth.lockTimeMs,
    tokenExpiration: limits.auth.tokenExpirationSeconds,
  },
  access: {
    read: isSelfOrEditor,
    create: isAdmin,
    update: isSelfOrAdmin,
    delete: isAdmin,
    // Lifting a lockout is an administrator's decision, never a colleague's or the account's own.
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [equalLoginTime], beforeChange: [setDisplayName] },
  fields: [
    { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' } },
    {
      name: 'displayName',
      type: 'text',
      label: { zh: '显示名', en: 'Shown as' },
      admin: { hidden: true },
      hooks: { afterRead: [displayNameOnRead] },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      label: { zh: '角色', en: 'Role' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Only administrators grant or change roles; users may edit their own name.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    streetField({
      name: 'street',
      label: { zh: '所属街道', en: 'Street' },
      admin: {
        condition: (data) => data?.role === 'coordinator',
        description: { zh: '协调员只能管理本街道的数据', en: 'A coordinator manages only this street' },
      },
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    }),
    {
      name: 'institution',
      type: 'text',
      label: { zh: '所属机构', en: 'Institution' },
      admin: {
        condition: (data) => data?.role === 'partner',
        description: { zh: '合作机构账号只能看到本机构的工作', en: 'A partner sees only its own institution’s work' },
        components: registryPicker('institutions'),
      },
      validate: partnerInstitution,
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'sourceSystem',
      type: 'text',
      label: { zh: '来源系统', en: 'Source system' },
      admin: {
        condition: (data) => data?.role === 'service',
        description: {
          zh: '服务账号只能推送本来源系统的登记数据',
          en: 'A service account pushes only its own source system’s records',
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'service' || (typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value))
          ? true
          : '服务账号须填写来源系统（字母、数字、_ . -）。A service account needs a source system id.',
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
  ],
}
