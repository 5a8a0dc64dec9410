/**
 * The steps the activity log records, with their labels: the review of
 * content, the steps of a submission and of a purchase, publishing and
 * unpublishing (approve, submit and request changes read with the
 * collection they were taken on). The names are the workflows' own, so the
 * log and the menus never disagree; one list so the filter offers exactly these.
 */
import { PURCHASE_ACTION_NAMES } from '../../server/domain/collect/purchaseRules.ts'
import { SUBMISSION_ACTION_NAMES } from '../../server/domain/collect/submissionRules.ts'
import { REVIEW_ACTIONS } from '../editorial/reviewFields.ts'

// Approve, submit and request changes are named as in content review; the collection tells them apart.
const { submit: _submit, request_changes: _requestChanges, ...submissionSteps } = SUBMISSION_ACTION_NAMES
const { approve: _approve, ...purchaseSteps } = PURCHASE_ACTION_NAMES

export const ACTIVITY_ACTIONS = {
  ...REVIEW_ACTIONS,
  publish: { zh: '发布', en: 'Publish' },
  unpublish: { zh: '撤下', en: 'Unpublish' },
  ...submissionSteps,
  ...purchaseSteps,
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
