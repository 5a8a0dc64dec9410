/**
 * Tells people of a submission's step (see `noticeFor`): a notice in the
 * admin for each recipient and an email through Payload's email adapter.
 * It runs after the save, outside it: the save never waits for a mail server
 * and never fails because of one. The notice goes out only once the save is
 * in the database (a replica set commits after the hooks), and a failed send
 * is logged and marked on the recipient's notice.
 */
import type { CollectionAfterChangeHook, Payload, Where } from 'payload'
import { limits } from '../../server/config/limits.ts'
import { noticeFor, type Notice } from '../../server/domain/collect/submissionNotices.ts'
import type { SubmissionState } from '../../server/domain/collect/submissionRules.ts'
import type { Submission } from '../payload-types.ts'
import type { InstitutionContent } from '../../server/registry/institutions/institution.content.ts'
import { registryRecords } from '../registry/registryDb.ts'

type SubmissionDoc = Pick<Submission, 'id' | 'title' | 'state' | 'institution' | 'decisionReason' | 'history'>

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether the save that produced `doc` is in the database yet (false: it never arrived). */
async function committed(payload: Payload, doc: SubmissionDoc): Promise<boolean> {
  for (let poll = 0; poll < limits.notifications.commitPolls; poll++) {
    const stored = await payload.findByID({
      collection: 'submissions',
      id: doc.id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (stored && stored.state === doc.state && (stored.history?.length ?? 0) >= (doc.history?.length ?? 0)) return true
    await pause(limits.notifications.commitPollMs)
  }
  return false
}

function recipients(payload: Payload, notice: Notice, doc: SubmissionDoc) {
  const where: Where =
    notice.audience === 'editors'
      ? { role: { equals: 'editor' } }
      : { and: [{ role: { equals: 'partner' } }, { institution: { equals: doc.institution ?? '' } }] }
  return payload.find({
    collection: 'users',
    where,
    depth: 0,
    limit: limits.notifications.maxRecipients,
    pagination: false,
    overrideAccess: true,
  })
}

/** Sends one recipient's copy and records on their notice how it went. */
async function deliverTo(
  payload: Payload,
  notice: Notice,
  doc: SubmissionDoc,
  recipient: { id: string | number; email: string },
): Promise<void> {
  const record = await payload.create({
    collection: 'notifications',
    data: {
      subject: notice.subject,
      event: notice.event,
      body: notice.text,
      submission: String(doc.id),
      recipient: String(recipient.id),
      emailStatus: 'pending',
    },
    overrideAccess: true,
  })
  // Without an adapter Payload only prints the message: say so rather than claim it was sent.
  if (payload.email?.name === 'console' || !payload.email) {
    await payload.update({
      collection: 'notifications',
      id: record.id,
      data: { emailStatus: 'not_configured' },
      overrideAccess: true,
    })
    return
  }
  try {
    await payload.sendEmail({ to: recipient.email, subject: notice.subject, text: notice.text })
    await payload.update({
      collection: 'notifications',
      id: record.id,
      data: { emailStatus: 'sent', emailedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    payload.logger.error({ msg: `notification email to ${recipient.email} failed: ${reason}`, notification: record.id })
    await payload.update({
      collection: 'notifications',
      id: record.id,
      data: { emailStatus: 'failed', emailError: reason.slice(0, 500) },
      overrideAccess: true,
    })
  }
}

async function deliver(payload: Payload, doc: SubmissionDoc, before: SubmissionState | null): Promise<void> {
  if (!(await committed(payload, doc))) {
    payload.logger.warn({
      msg: `submission ${doc.id}: its save was not found stored in time, so no notice or email was sent for it`,
      submission: doc.id,
    })
    return
  }
  const [institution] = (
    await registryRecords<InstitutionContent>(payload, 'institutions', doc.institution ? [doc.institution] : [])
  ).values()
  const admin = payload.config.serverURL || process.env.ADMIN_URL || ''
  const notice = noticeFor(before, doc.state!, {
    title: doc.title ?? '',
    institutionName: institution?.name ?? doc.institution ?? '',
    reason: doc.decisionReason ?? null,
    link: `${admin}/admin/collections/submissions/${doc.id}`,
  })
  if (!notice) return
  const { docs } = await recipients(payload, notice, doc)
  for (const recipient of docs) await deliverTo(payload, notice, doc, recipient)
}

export const notifySubmissionEvents: CollectionAfterChangeHook<Submission> = ({ doc, previousDoc, operation, req }) => {
  const submission: SubmissionDoc = doc
  const before = operation === 'create' ? null : (previousDoc?.state ?? null)
  // People's steps are told; the system's (seeding, imports) are not.
  if (!req.user || !submission.state || before === submission.state) return doc
  const payload = req.payload
  const running = sending(payload)
  const delivery = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => deliver(payload, submission, before))
    .catch((error: unknown) =>
      payload.logger.error({ msg: `notifying submission ${submission.id} failed`, err: error }),
    )
    .finally(() => running.delete(delivery))
  running.add(delivery)
  return doc
}

/** Deliveries under way, per Payload instance: whoever stops the CMS waits for them before closing its database. */
const deliveries = new WeakMap<Payload, Set<Promise<void>>>()
const sending = (payload: Payload) => deliveries.get(payload) ?? deliveries.set(payload, new Set()).get(payload)!

/** Resolves once every notice this instance has started to send is sent, failed or dropped. */
export async function noticesSettled(payload: Payload): Promise<void> {
  await Promise.all([...sending(payload)])
}
