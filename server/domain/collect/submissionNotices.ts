/**
 * Who hears of a submission's step, and what they read: a partner's submit
 * tells the editors; a request for changes and a decision tell the partner.
 * Chinese first, the English alongside, as every message of the hub. Pure:
 * the CMS finds the recipients and sends.
 */
import { STATE_NAMES, type SubmissionState } from './submissionRules.ts'

export const NOTICE_EVENTS = ['submitted', 'changes_requested', 'decided'] as const
export type NoticeEvent = (typeof NOTICE_EVENTS)[number]

export const NOTICE_EVENT_LABELS: Record<NoticeEvent, { zh: string; en: string }> = {
  submitted: { zh: '收到申报', en: 'Submission received' },
  changes_requested: { zh: '退回修改', en: 'Changes requested' },
  decided: { zh: '评审结果', en: 'Decision' },
}

export interface Notice {
  event: NoticeEvent
  /** Editors of the district office, or the partner institution's accounts. */
  audience: 'editors' | 'partner'
  subject: string
  text: string
}

export interface NoticeSubject {
  title: string
  institutionName: string
  /** The reason the partner is told (a request for changes, a decision). */
  reason: string | null
  /** Where the recipient opens it in the admin. */
  link: string
}

const DECISIONS: SubmissionState[] = ['accepted', 'to_purchase', 'rejected']

/** The notice a move from `before` (null: just created) to `after` gives, or null when nobody is told. */
export function noticeFor(before: SubmissionState | null, after: SubmissionState, about: NoticeSubject): Notice | null {
  if (before === after) return null
  const { title, institutionName, link } = about
  const reason = about.reason ?? '（未写明）'
  const reasonEn = about.reason ?? '(none given)'
  if (after === 'submitted') {
    return {
      event: 'submitted',
      audience: 'editors',
      subject: `【收到申报】${title} / Submission received: ${title}`,
      text: `${institutionName}提交了课程申报《${title}》，请在后台开始评审。\n${link}\n\n${institutionName} submitted the course proposal "${title}". Open it in the admin to start the review.\n${link}\n`,
    }
  }
  if (after === 'changes_requested') {
    return {
      event: 'changes_requested',
      audience: 'partner',
      subject: `【退回修改】${title} / Changes requested: ${title}`,
      text: `您的课程申报《${title}》需要修改：${reason}\n修改后请再次提交。\n${link}\n\nChanges were requested on your submission "${title}": ${reasonEn}\nSubmit it again once it is changed.\n${link}\n`,
    }
  }
  if (DECISIONS.includes(after)) {
    const state = STATE_NAMES[after]
    return {
      event: 'decided',
      audience: 'partner',
      subject: `【评审结果】${title}：${state.zh} / Decision on ${title}: ${state.en}`,
      text: `您的课程申报《${title}》评审结果：${state.zh}。\n理由：${reason}\n${link}\n\nYour submission "${title}" was decided: ${state.en}.\nReason: ${reasonEn}\n${link}\n`,
    }
  }
  return null
}
