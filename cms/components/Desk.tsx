/**
 * The desk on the admin's dashboard, read as the signed-in user (their own
 * access applies): what waits for them (work in review they may approve,
 * submissions to review, purchases to approve, licenses ending soon,
 * scheduled publishes), how many items stand in each state, and the latest
 * steps of the activity log. A partner sees its own submissions by state and
 * its latest notices. What "may approve" means is asked of the same rule the
 * save runs.
 */
import type { CollectionSlug, DataFromCollectionSlug, Payload, Where } from 'payload'
import type { User } from '../payload-types.ts'
import { limits } from '../../server/config/limits.ts'
import {
  STATE_NAMES as SUBMISSION_STATE_NAMES,
  SUBMISSION_STATES,
} from '../../server/domain/collect/submissionRules.ts'
import { PURCHASE_STATE_NAMES, PURCHASE_STATES, purchaseActionsFor } from '../../server/domain/collect/purchaseRules.ts'
import { reviewActionsFor, type ReviewActor, type ReviewState } from '../../server/domain/editorial/reviewRules.ts'
import { ACTIVITY_ACTIONS, LOGGED_COLLECTIONS } from '../activity/activityActions.ts'
import { relationId } from '../fields/relationId.ts'
import { REVIEW_STATES } from '../editorial/reviewFields.ts'
import { dateTimeOf } from './shanghaiTime.ts'

type Bilingual = { zh: string; en: string }
interface Item {
  href: string
  title: string
  note?: string
}

/** The collections the review workflow runs on. */
type ReviewedSlug = 'courses' | 'lecture-series' | 'course-collections'

const REVIEWED: { slug: ReviewedSlug; label: Bilingual }[] = [
  { slug: 'courses', label: { zh: '课程', en: 'Courses' } },
  { slug: 'lecture-series', label: { zh: '系列讲座', en: 'Lecture series' } },
  { slug: 'course-collections', label: { zh: '专题', en: 'Collections' } },
]

const TEXT = {
  waiting: { zh: '待我处理', en: 'Waiting for me' },
  toApprove: { zh: '待我审核的内容', en: 'In review, for me to approve' },
  toReview: { zh: '待评审的申报', en: 'Submissions to review' },
  purchasesToApprove: { zh: '待我审批的采购', en: 'Purchases for me to approve' },
  licenses: {
    zh: `${limits.desk.licenseWarningDays} 天内到期的授权`,
    en: `Licenses ending within ${limits.desk.licenseWarningDays} days`,
  },
  scheduled: { zh: '定时发布与撤下', en: 'Scheduled publishing' },
  counts: { zh: '各状态数量', en: 'Items per state' },
  recent: { zh: '最近动态', en: 'Recent activity' },
  allActivity: { zh: '全部操作记录', en: 'All activity' },
  mySubmissions: { zh: '本机构的申报', en: 'Your submissions' },
  myNotices: { zh: '最近的通知', en: 'Your latest notices' },
  nothing: { zh: '暂无', en: 'Nothing' },
  more: { zh: '等，共', en: 'and more, in all' },
} satisfies Record<string, Bilingual>

// Inline, so the desk needs no stylesheet of its own beside the admin's.
const DESK_STYLE = { marginBottom: 32 }
const LISTS_STYLE = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
  gap: 16,
  marginBottom: 24,
}
const LIST_STYLE = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '8px 12px' }

const titleOf = (doc: { id: string | number; title?: unknown; item?: unknown }): string => {
  const value = doc.title ?? doc.item
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') return String((value as Record<string, unknown>).zh ?? '')
  return String(doc.id)
}

async function readAll<S extends CollectionSlug>(
  payload: Payload,
  user: User,
  collection: S,
  where?: Where,
  draft = false,
): Promise<DataFromCollectionSlug<S>[]> {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 0,
    limit: limits.desk.scanned,
    pagination: false,
    draft,
    overrideAccess: false,
    user,
  })
  return docs
}

function List({
  title,
  items,
  total,
  language,
}: {
  title: Bilingual
  items: Item[]
  total?: number
  language: string
}) {
  const say = (text: Bilingual) => (language === 'en' ? text.en : text.zh)
  const count = total ?? items.length
  return (
    <section className="canal-desk__list" data-desk-list={title.en} style={LIST_STYLE}>
      <h4>
        {say(title)} <span className="canal-desk__count">{count}</span>
      </h4>
      {items.length === 0 ? (
        <p className="canal-desk__empty">{say(TEXT.nothing)}</p>
      ) : (
        <ul>
          {items.slice(0, limits.desk.listed).map((item) => (
            <li key={item.href + item.title}>
              <a href={item.href}>{item.title}</a>
              {item.note ? <span className="canal-desk__note"> · {item.note}</span> : null}
            </li>
          ))}
          {count > limits.desk.listed ? <li>{`${say(TEXT.more)} ${count}`}</li> : null}
        </ul>
      )}
    </section>
  )
}

function Counts({
  rows,
  language,
}: {
  rows: { label: Bilingual; states: { label: Bilingual; count: number; href: string }[] }[]
  language: string
}) {
  const say = (text: Bilingual) => (language === 'en' ? text.en : text.zh)
  return (
    <table className="canal-desk__counts" style={{ borderSpacing: '12px 4px', marginBottom: 24 }}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label.en} data-desk-counts={row.label.en}>
            <th scope="row">{say(row.label)}</th>
            {row.states.map((state) => (
              <td key={state.label.en}>
                <a href={state.href}>
                  {say(state.label)} {state.count}
                </a>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const tally = <S extends string>(states: readonly S[], values: unknown[]) =>
  states.map((state) => ({ state, count: values.filter((value) => value === state).length }))

async function editorDesk(payload: Payload, user: User, language: string) {
  const actor: ReviewActor = { id: String(user.id), role: user.role }
  const reviewed = await Promise.all(
    REVIEWED.map(async (kind) => ({ ...kind, docs: await readAll(payload, user, kind.slug, undefined, true) })),
  )
  const toApprove: Item[] = reviewed.flatMap(({ slug, label, docs }) =>
    docs
      .filter((doc) => {
        const review = doc.review
        return (
          review?.state === 'in_review' &&
          reviewActionsFor('in_review', actor, { submittedBy: relationId(review.submittedBy) }).includes('approve')
        )
      })
      .map((doc) => ({
        href: `/admin/collections/${slug}/${doc.id}`,
        title: titleOf(doc),
        note: language === 'en' ? label.en : label.zh,
      })),
  )

  const submissions = await readAll(payload, user, 'submissions')
  const toReview: Item[] = submissions
    .filter((doc) => doc.state === 'submitted' || doc.state === 'in_review')
    .map((doc) => ({
      href: `/admin/collections/submissions/${doc.id}`,
      title: titleOf(doc),
      note: doc.state ? SUBMISSION_STATE_NAMES[doc.state][language === 'en' ? 'en' : 'zh'] : undefined,
    }))

  const purchases = await readAll(payload, user, 'purchases')
  const purchasesToApprove: Item[] = purchases
    .filter(
      (doc) =>
        !!doc.state &&
        purchaseActionsFor(doc.state, {
          actorId: String(user.id),
          actorRole: user.role ?? '',
          proposedBy: relationId(doc.proposedBy),
        }).includes('approve'),
    )
    .map((doc) => ({ href: `/admin/collections/purchases/${doc.id}`, title: titleOf(doc) }))

  const now = Date.now()
  const horizon = new Date(now + limits.desk.licenseWarningDays * 24 * 60 * 60 * 1000).toISOString()
  const ending = await readAll(payload, user, 'courses', {
    and: [
      { licenseExpiresAt: { greater_than: new Date(now).toISOString() } },
      { licenseExpiresAt: { less_than_equal: horizon } },
    ],
  })
  const licenses: Item[] = ending.map((doc) => ({
    href: `/admin/collections/courses/${doc.id}`,
    title: titleOf(doc),
    note: dateTimeOf(doc.licenseExpiresAt, language),
  }))

  // Scheduled publishes are jobs of Payload's own queue, which editors work.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    limit: limits.desk.scanned,
    pagination: false,
    overrideAccess: true,
  })
  const scheduled: Item[] = jobs.docs.map((job) => {
    const input = (job.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: string } }
    const step =
      input.type === 'unpublish' ? (language === 'en' ? 'unpublish' : '撤下') : language === 'en' ? 'publish' : '发布'
    return {
      href: `/admin/collections/${input.doc?.relationTo}/${input.doc?.value}`,
      title: `${input.doc?.relationTo ?? ''} ${input.doc?.value ?? ''}`,
      note: `${step} ${job.waitUntil ? dateTimeOf(job.waitUntil, language) : ''}`,
    }
  })

  const counts = [
    ...reviewed.map(({ slug, label, docs }) => ({
      label,
      states: tally(
        Object.keys(REVIEW_STATES) as ReviewState[],
        docs.map((doc) => doc.review?.state ?? 'draft'),
      ).map(({ state, count }) => ({
        label: REVIEW_STATES[state],
        count,
        href: `/admin/collections/${slug}?where[review.state][equals]=${state}`,
      })),
    })),
    {
      label: { zh: '课程申报', en: 'Submissions' },
      states: tally(
        SUBMISSION_STATES,
        submissions.map((doc) => doc.state),
      ).map(({ state, count }) => ({
        label: SUBMISSION_STATE_NAMES[state],
        count,
        href: `/admin/collections/submissions?where[state][equals]=${state}`,
      })),
    },
    {
      label: { zh: '采购', en: 'Purchases' },
      states: tally(
        PURCHASE_STATES,
        purchases.map((doc) => doc.state),
      ).map(({ state, count }) => ({
        label: PURCHASE_STATE_NAMES[state],
        count,
        href: `/admin/collections/purchases?where[state][equals]=${state}`,
      })),
    },
  ]

  const { docs: recent } = await payload.find({
    collection: 'activity',
    sort: '-createdAt',
    limit: limits.desk.recentActivity,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const activity: Item[] = recent.map((step) => {
    const action = ACTIVITY_ACTIONS[step.action as keyof typeof ACTIVITY_ACTIONS]
    const kind = LOGGED_COLLECTIONS[step.targetCollection as keyof typeof LOGGED_COLLECTIONS]
    const say = (text: Bilingual | undefined) => (text ? (language === 'en' ? text.en : text.zh) : '')
    return {
      href: `/admin/collections/${step.targetCollection}/${step.documentId}`,
      title: `${step.actorName ?? ''} ${say(action)} ${say(kind)}《${step.title ?? ''}》`,
      note: dateTimeOf(step.createdAt, language),
    }
  })

  return { toApprove, toReview, purchasesToApprove, licenses, scheduled, counts, activity }
}

export async function Desk({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: User | null
  i18n: { language: string }
}) {
  if (!user) return null
  const language = i18n.language
  const say = (text: Bilingual) => (language === 'en' ? text.en : text.zh)

  if (user.role === 'partner') {
    const submissions = await readAll(payload, user, 'submissions')
    const { docs: notices } = await payload.find({
      collection: 'notifications',
      sort: '-createdAt',
      limit: limits.desk.listed,
      depth: 0,
      overrideAccess: false,
      user,
    })
    const counts = [
      {
        label: TEXT.mySubmissions,
        states: tally(
          SUBMISSION_STATES,
          submissions.map((doc) => doc.state),
        ).map(({ state, count }) => ({
          label: SUBMISSION_STATE_NAMES[state],
          count,
          href: `/admin/collections/submissions?where[state][equals]=${state}`,
        })),
      },
    ]
    return (
      <div className="canal-desk" style={DESK_STYLE}>
        <Counts rows={counts} language={language} />
        <List
          title={TEXT.myNotices}
          items={notices.map((notice) => ({
            href: `/admin/collections/notifications/${notice.id}`,
            title: notice.subject,
            note: dateTimeOf(notice.createdAt, language),
          }))}
          language={language}
        />
      </div>
    )
  }
  if (user.role !== 'editor' && user.role !== 'admin') return null

  const desk = await editorDesk(payload, user, language)
  return (
    <div className="canal-desk" style={DESK_STYLE}>
      <h3>{say(TEXT.waiting)}</h3>
      <div className="canal-desk__lists" style={LISTS_STYLE}>
        <List title={TEXT.toApprove} items={desk.toApprove} language={language} />
        <List title={TEXT.toReview} items={desk.toReview} language={language} />
        <List title={TEXT.purchasesToApprove} items={desk.purchasesToApprove} language={language} />
        <List title={TEXT.licenses} items={desk.licenses} language={language} />
        <List title={TEXT.scheduled} items={desk.scheduled} language={language} />
      </div>
      <h3>{say(TEXT.counts)}</h3>
      <Counts rows={desk.counts} language={language} />
      <h3>
        {say(TEXT.recent)} <a href="/admin/collections/activity">{say(TEXT.allActivity)}</a>
      </h3>
      <List title={TEXT.recent} items={desk.activity} language={language} />
    </div>
  )
}
