/**
 * A purchased course may be published only while its license runs: it needs
 * a license expiry, in the future. (When the license later ends, the
 * license job and the catalogue take it out.)
 */
import type { CollectionBeforeChangeHook } from 'payload'
import type { Course } from '../../../payload-types.ts'
import { refuseField } from '../../../errors/refuseFields.ts'

export const checkLicenseOnPublish: CollectionBeforeChangeHook<Course> = ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const origin = data.origin ?? originalDoc?.origin
  if (origin?.kind !== 'purchase') return data
  const expiry = data.licenseExpiresAt ?? originalDoc?.licenseExpiresAt
  if (!expiry) {
    refuseField(
      req,
      'courses',
      'licenseExpiresAt',
      '购买的课程须填写授权到期日。A purchased course needs its license expiry.',
    )
  }
  if (Date.parse(expiry) <= Date.now()) {
    const day = new Date(expiry).toISOString().slice(0, 10)
    refuseField(
      req,
      'courses',
      'licenseExpiresAt',
      `授权已于 ${day} 到期，不能发布。The license expired on ${day}; the course cannot be published.`,
    )
  }
  return data
}
