/**
 * The steps the activity log records, with their labels: the review of
 * content, the steps of a submission and of a purchase, publishing and
 * unpublishing (approve, submit and request changes read with the
 * collection they were taken on). One list so the filter offers exactly these.
 */
import { REVIEW_ACTIONS } from '../review/reviewFields.ts'

export const ACTIVITY_ACTIONS = {
  ...REVIEW_ACTIONS,
  publish: { zh: '发布', en: 'Publish' },
  unpublish: { zh: '撤下', en: 'Unpublish' },
  withdraw: { zh: '撤回申报', en: 'Withdraw' },
  start_review: { zh: '开始评审', en: 'Start review' },
  accept: { zh: '录用', en: 'Accept' },
  purchase: { zh: '拟购买', en: 'To purchase' },
  reject: { zh: '不录用', en: 'Reject' },
  contract: { zh: '签约', en: 'Contract' },
  pay: { zh: '付款', en: 'Pay' },
  cancel: { zh: '取消采购', en: 'Cancel purchase' },
} as const

export type ActivityAction = keyof typeof ACTIVITY_ACTIONS

/** The kinds of document whose steps are logged. */
export const LOGGED_COLLECTIONS = {
  courses: { zh: '课程', en: 'Courses' },
  'lecture-series': { zh: '系列讲座', en: 'Lecture series' },
  'course-collections': { zh: '专题', en: 'Collections' },
  submissions: { zh: '课程申报', en: 'Submissions' },
  purchases: { zh: '采购', en: 'Purchases' },
} as const

export type LoggedCollection = keyof typeof LOGGED_COLLECTIONS
