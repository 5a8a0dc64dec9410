/**
 * Once a partner has submitted, its proposal is the reviewers' to read: the
 * partner reads it and may only withdraw, until changes are requested. In the
 * admin the proposal's fields show read-only (field access); over REST an
 * edit is refused with the reason before Payload's field access would
 * quietly drop it.
 */
import type { CollectionBeforeOperationHook, FieldAccess } from 'payload'
import { EDITABLE_BY_PARTNER, type SubmissionState } from '../../server/domain/collect/submissionRules.ts'
import { changedFields } from '../../server/domain/editorial/changedFields.ts'
import { hasRole } from '../access/roles.ts'
import { refuseField } from '../errors/refuseFields.ts'

export const PARTNER_EDIT_REFUSED =
  '只能在草稿或待修改状态下编辑申报。A submission can be edited only as a draft or when changes were requested.'

/** The proposal's lists (rows, ids, vocabulary terms). */
const LIST_FIELDS = ['topics', 'audiences', 'proposedTeachers', 'proposedVenues', 'sessionPlan', 'attachments']

const openToPartner = (state: unknown) =>
  EDITABLE_BY_PARTNER.includes((state as SubmissionState | undefined) ?? 'draft')

/** Field access of the proposal's fields: a partner changes them only while the submission is open to it. */
export const proposalOpenToPartner: FieldAccess = ({ req, doc }) =>
  !hasRole(req.user, 'partner') || !doc || openToPartner((doc as { state?: unknown }).state)

/** Refuses a partner's edit of a submitted proposal, naming the first field it changed. */
export function refusePartnerEditsOfSubmitted(fields: readonly string[]): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    const { id, data } = args as { id?: string | number; data?: Record<string, unknown> }
    if (operation !== 'update' || id === undefined || !data || !hasRole(req.user, 'partner')) return args
    const current = await req.payload.findByID({
      collection: 'submissions',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    // Another institution's submission is left to the access rule, which does not say it exists.
    if (!current || current.institution !== req.user?.institution || openToPartner(current.state)) return args
    // As the form sends it: a list with no rows arrives as its row count, 0.
    const sent = Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, value === 0 && LIST_FIELDS.includes(key) ? [] : value]),
    )
    const edited = changedFields(
      current,
      sent,
      fields.filter((field) => field in sent),
    )
    if (edited.length > 0) refuseField(req, 'submissions', edited[0]!, PARTNER_EDIT_REFUSED)
    return args
  }
}
