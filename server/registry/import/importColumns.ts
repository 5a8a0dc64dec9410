/**
 * The spreadsheet columns of each kind of registry record: the Chinese header
 * the office's templates use (the English field name is accepted too) and
 * how the cell is read. The templates in seeds/templates follow these.
 */
import {
  AUDIENCES,
  EMPLOYMENTS,
  FACILITIES,
  INSTITUTION_KINDS,
  NETWORK_LEVELS,
  POOL_LEVELS,
  TOPICS,
  VENUE_STATUSES,
} from '../../domain/vocabulary.ts'
import type { RegistryKind } from '../shared/collections.ts'
import {
  archiveDocuments,
  area,
  list,
  number,
  openingHours,
  term,
  terms,
  text,
  yesNo,
  type Parsed,
} from './cellParsers.ts'

export interface Column {
  header: string
  field: string
  parse(cell: string): Parsed<unknown>
}

const column = (header: string, field: string, parse: (cell: string) => Parsed<unknown> = text): Column => ({
  header,
  field,
  parse,
})

export const IMPORT_COLUMNS: Record<RegistryKind, Column[]> = {
  institutions: [
    column('编号', 'externalId'),
    column('名称', 'name'),
    column('类型', 'kind', (cell) => term(INSTITUTION_KINDS, cell)),
    column('层级', 'level', (cell) => term(NETWORK_LEVELS, cell)),
    column('街道', 'street'),
    column('社区', 'community'),
    column('上级机构', 'parent'),
    column('地址', 'address'),
    column('联系电话', 'contactPhone'),
    column('联系邮箱', 'contactEmail'),
    column('合作机构', 'isPartner', yesNo),
    column('办学面积(平方米)', 'floorAreaM2', area),
    column('专职人员数', 'fullTimeStaff', number),
    column('兼职人员数', 'partTimeStaff', number),
  ],
  teachers: [
    column('编号', 'externalId'),
    column('姓名', 'name'),
    column('师资库层级', 'poolLevel', (cell) => term(POOL_LEVELS, cell)),
    column('所在机构', 'institution'),
    column('街道', 'street'),
    column('任职方式', 'employment', (cell) => term(EMPLOYMENTS, cell)),
    column('擅长主题', 'topics', (cell) => terms(TOPICS, cell)),
    column('授课对象', 'audiences', (cell) => terms(AUDIENCES, cell)),
    column('简介', 'bio'),
    column('授课语言', 'languages', (cell) => ({ value: list(cell) })),
    column('电话', 'phone'),
    column('邮箱', 'email'),
    column('在库', 'active', yesNo),
  ],
  venues: [
    column('编号', 'externalId'),
    column('场地名称', 'name'),
    column('管理机构', 'owner'),
    column('街道', 'street'),
    column('社区', 'community'),
    column('地址', 'address'),
    column('纬度', 'latitude', number),
    column('经度', 'longitude', number),
    column('面积(平方米)', 'floorAreaM2', area),
    column('座位数', 'capacity', number),
    column('设施', 'facilities', (cell) => terms(FACILITIES, cell)),
    column('开放时间', 'openingHours', openingHours),
    column('公益免费', 'freeForPublicBenefit', yesNo),
    column('电子档案', 'archiveDocuments', archiveDocuments),
    column('状态', 'status', (cell) => term(VENUE_STATUSES, cell)),
  ],
}

/**
 * The column the rejected-lines file adds in front of a clerk's own; it is
 * skipped when that file comes back, so it can be imported again as it is.
 */
export const REASON_HEADER = '错误原因/reason'

export function isReasonHeader(header: string): boolean {
  return header.trim().startsWith('错误原因')
}

/** Which kind a header row belongs to: the kind whose distinctive headers it has. */
export function kindOfHeaders(headers: string[]): RegistryKind | undefined {
  const has = (header: string) => headers.includes(header)
  if (has('姓名') || has('poolLevel')) return 'teachers'
  if (has('场地名称') || has('capacity')) return 'venues'
  if (has('名称') || has('kind')) return 'institutions'
  return undefined
}

/** The column a header names, by its Chinese header or its field name; "面积" without the unit is accepted. */
export function columnFor(kind: RegistryKind, header: string): Column | undefined {
  const wanted = header.trim().replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '')
  return IMPORT_COLUMNS[kind].find(
    (col) => col.header === wanted || col.field === wanted || col.header.replace(/\(.*\)$/, '') === wanted,
  )
}
