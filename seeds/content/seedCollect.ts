/**
 * Records the seed calls, submissions and purchases that are missing
 * (calls by title, submissions by title and institution), as the system: each
 * submission in its state with its history, scores and reason; accepted ones
 * with their course draft, to-purchase ones with their purchase and licensed
 * course draft, exactly as the decisions create them. Running it again adds
 * nothing.
 */
import type { Payload } from 'payload'
import { DEFAULT_RUBRIC } from '../../cms/collections/Calls/index.ts'
import { courseDraftFrom, purchaseFrom } from '../../cms/collect/draftsFromSubmission.ts'
import type { SubmissionAction, SubmissionState } from '../../server/domain/collect/submissionRules.ts'
import { CALLS, SUBMISSIONS, type SubmissionSeed } from './collect.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** States a submission reaches only through review. */
const REVIEWED: readonly SubmissionState[] = ['in_review', 'changes_requested', 'accepted', 'to_purchase', 'rejected']
/** The step that led to each decided state. */
const DECISIONS: Partial<Record<SubmissionState, SubmissionAction>> = {
  changes_requested: 'request_changes',
  accepted: 'accept',
  to_purchase: 'purchase',
  rejected: 'reject',
  withdrawn: 'withdraw',
}

export interface CollectSeedReport {
  calls: number
  submissions: number
  purchases: number
}

/** The steps that led a seed submission to its state, for its history. */
function historyOf(seed: SubmissionSeed, createdAt: number) {
  const steps: [SubmissionAction, SubmissionState][] = []
  if (seed.state !== 'draft') steps.push(['submit', 'submitted'])
  if (REVIEWED.includes(seed.state)) steps.push(['start_review', 'in_review'])
  const decision = DECISIONS[seed.state]
  if (decision) steps.push([decision, seed.state])
  return steps.map(([action, state], index) => ({
    action,
    state,
    by: action === 'submit' || action === 'withdraw' ? seed.institution : '区社区教育工作委员会办公室',
    at: new Date(createdAt + (index + 1) * 3 * DAY_MS).toISOString(),
    comment: index === steps.length - 1 && seed.reason ? seed.reason : null,
  }))
}

export async function seedCollectContent(payload: Payload, today: Date = new Date()): Promise<CollectSeedReport> {
  const report: CollectSeedReport = { calls: 0, submissions: 0, purchases: 0 }
  const callIds = new Map<string, string>()
  for (const call of CALLS) {
    const found = await payload.find({
      collection: 'calls',
      where: { title: { equals: call.title.zh } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      locale: 'zh',
    })
    if (found.docs[0]) {
      callIds.set(call.key, String(found.docs[0].id))
      continue
    }
    const created = await payload.create({
      collection: 'calls',
      locale: 'zh',
      overrideAccess: true,
      data: {
        title: call.title.zh,
        theme: call.theme,
        topics: call.topics,
        audiences: call.audiences,
        description: call.description,
        eligibility: call.eligibility,
        deadline: new Date(today.getTime() + call.deadlineInDays * DAY_MS).toISOString(),
        budgetCny: call.budgetCny,
        seeks: call.seeks,
        status: call.status,
        rubric: DEFAULT_RUBRIC,
      },
    })
    await payload.update({
      collection: 'calls',
      id: created.id,
      locale: 'en',
      overrideAccess: true,
      data: { title: call.title.en },
    })
    callIds.set(call.key, String(created.id))
    report.calls++
  }

  for (const [index, seed] of SUBMISSIONS.entries()) {
    const existing = await payload.count({
      collection: 'submissions',
      where: { and: [{ title: { equals: seed.title } }, { institution: { equals: seed.institution } }] },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    const call = seed.call ? callIds.get(seed.call)! : undefined
    const created = await payload.create({
      collection: 'submissions',
      overrideAccess: true,
      depth: 0,
      data: {
        title: seed.title,
        summary: seed.summary,
        call,
        institution: seed.institution,
        topics: seed.topics,
        audiences: seed.audiences,
        mode: seed.mode,
        proposedTeachers: seed.teachers,
        creditHours: seed.creditHours,
        sessionPlan: Array.from({ length: Math.max(2, Math.round(seed.creditHours / 2)) }, (_, n) => ({
          title: `第 ${n + 1} 次课`,
          minutes: 90,
        })),
        offeredForSale: Boolean(seed.sale),
        priceCny: seed.sale?.priceCny,
        licenseMonths: seed.sale?.licenseMonths,
        licenseTerms: seed.sale ? `授权拱墅区社区教育体系内非营利使用 ${seed.sale.licenseMonths} 个月。` : undefined,
        state: seed.state,
        decisionReason: seed.reason ?? null,
        history: historyOf(seed, today.getTime() - (60 - index) * DAY_MS),
        scores:
          seed.marks?.map((score, criterion) => ({ criterion: DEFAULT_RUBRIC[criterion]!.criterion, score })) ?? [],
      },
    })
    report.submissions++
    const source = created
    if (seed.state === 'accepted') {
      const course = await courseDraftFrom(payload, source, { kind: 'submission' })
      await payload.update({
        collection: 'submissions',
        id: created.id,
        overrideAccess: true,
        data: { course: course.id, decisionClaim: 'accept' },
      })
    }
    if (seed.state === 'to_purchase') {
      const purchase = await purchaseFrom(payload, source, null)
      const course = await courseDraftFrom(
        payload,
        source,
        { kind: 'purchase' },
        {
          licenseExpiresAt: purchase.licenseEnd,
          origin: { kind: 'purchase', submission: created.id, purchase: purchase.id },
        },
      )
      await payload.update({
        collection: 'purchases',
        id: purchase.id,
        overrideAccess: true,
        data: { course: course.id, state: seed.purchase ?? 'proposed' },
      })
      await payload.update({
        collection: 'submissions',
        id: created.id,
        overrideAccess: true,
        data: { course: course.id, purchase: purchase.id, decisionClaim: 'purchase' },
      })
      report.purchases++
    }
  }
  return report
}
