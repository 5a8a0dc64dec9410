/**
 * Valid registry records to push in tests, each a 湖墅 record that the seeded
 * registry accepts; a test changes only the fields it is about.
 */
import type { InstitutionInput, TeacherInput, VenueInput } from '../../schema/generated/graphql.ts'

export const venueRecord = (externalId: string, changes: Partial<VenueInput> = {}): VenueInput => ({
  externalId,
  name: `测试场地 ${externalId}`,
  owner: 'seed:branch-hushu',
  street: '湖墅',
  address: '拱墅区湖墅南路 1 号',
  floorAreaM2: 120,
  capacity: 60,
  facilities: ['PROJECTOR', 'STEP_FREE_ACCESS'],
  openingHours: [{ weekday: 'MONDAY', opens: '08:30', closes: '21:00' }],
  ...changes,
})

export const teacherRecord = (externalId: string, changes: Partial<TeacherInput> = {}): TeacherInput => ({
  externalId,
  name: '王老师',
  poolLevel: 'STREET',
  street: 'hushu',
  institution: 'seed:branch-hushu',
  employment: 'PART_TIME',
  topics: ['DIGITAL_SKILLS'],
  audiences: ['OLDER_ADULTS'],
  ...changes,
})

export const institutionRecord = (externalId: string, changes: Partial<InstitutionInput> = {}): InstitutionInput => ({
  externalId,
  name: '测试市民学校',
  kind: 'COMMUNITY_SCHOOL',
  level: 'COMMUNITY',
  street: '湖墅',
  community: '卖鱼桥社区',
  parent: 'seed:branch-hushu',
  fullTimeStaff: 1,
  ...changes,
})
