/** Every transition of the editorial review, as a table. */
import { describe, expect, it } from '@jest/globals'
import {
  nextReviewState,
  reviewActionsFor,
  type ReviewAction,
  type ReviewActor,
  type ReviewState,
} from '../../../../server/domain/editorial/reviewRules.ts'

const alice: ReviewActor = { id: 'alice', role: 'editor' }
const bob: ReviewActor = { id: 'bob', role: 'editor' }
const root: ReviewActor = { id: 'root', role: 'admin' }
const coordinator: ReviewActor = { id: 'carol', role: 'coordinator' }
const partner: ReviewActor = { id: 'pat', role: 'partner' }

type Row = [
  ReviewState,
  ReviewAction,
  ReviewActor,
  { submittedBy?: string | null; onlyExemptFields?: boolean },
  ReviewState | string,
]

const TABLE: Row[] = [
  ['draft', 'submit', alice, {}, 'in_review'],
  ['in_review', 'approve', bob, { submittedBy: 'alice' }, 'approved'],
  [
    'in_review',
    'approve',
    alice,
    { submittedBy: 'alice' },
    '送审人不能审核自己的内容，请另一位编辑审核。Another editor must approve what you submitted.',
  ],
  ['in_review', 'approve', root, { submittedBy: 'root' }, 'approved'],
  ['in_review', 'request_changes', bob, {}, 'draft'],
  ['approved', 'publish', alice, {}, 'published'],
  ['draft', 'publish', alice, {}, '须先审核通过才能发布。Only an approved item can be published.'],
  ['in_review', 'publish', bob, {}, '须先审核通过才能发布。Only an approved item can be published.'],
  ['published', 'publish', alice, {}, 'published'],
  ['published', 'unpublish', alice, {}, 'draft'],
  ['draft', 'unpublish', alice, {}, '只有已发布的内容可以撤下。Only a published item can be unpublished.'],
  ['published', 'submit', alice, {}, 'in_review'],
  ['approved', 'submit', alice, {}, 'in_review'],
  ['in_review', 'submit', alice, {}, '已在审核中，无须再次送审。It is already in review.'],
  ['draft', 'approve', bob, {}, '只有审核中的内容可以通过。Only an item in review can be approved.'],
  ['approved', 'request_changes', bob, {}, '只有审核中的内容可以退回修改。Only an item in review can be sent back.'],
  ['published', 'edit', alice, { onlyExemptFields: false }, 'in_review'],
  ['approved', 'edit', alice, { onlyExemptFields: false }, 'in_review'],
  ['published', 'edit', alice, { onlyExemptFields: true }, 'published'],
  ['draft', 'edit', alice, { onlyExemptFields: false }, 'draft'],
  ['in_review', 'edit', alice, {}, 'in_review'],
  ['published', 'edit', coordinator, { onlyExemptFields: true }, 'published'],
  ['published', 'edit', coordinator, { onlyExemptFields: false }, 'in_review'],
  ['draft', 'submit', coordinator, {}, '只有编辑可以推进审核流程。Only editors move items through review.'],
  ['draft', 'submit', partner, {}, '只有编辑可以推进审核流程。Only editors move items through review.'],
]

describe('nextReviewState', () => {
  it.each(TABLE)('%s --%s by %o (%o) -> %s', (state, action, actor, context, expected) => {
    const outcome = nextReviewState(state, action, actor, {
      submittedBy: context.submittedBy ?? null,
      onlyExemptFields: context.onlyExemptFields,
    })
    if (['draft', 'in_review', 'approved', 'published'].includes(expected))
      expect(outcome).toEqual({ ok: true, state: expected })
    else expect(outcome).toEqual({ ok: false, reason: expected })
  })
})

describe('reviewActionsFor: the review menu offers only what the save accepts', () => {
  it.each<[ReviewState, ReviewActor, string | null, ReviewAction[]]>([
    ['draft', alice, null, ['submit']],
    ['in_review', alice, 'alice', ['request_changes']],
    ['in_review', bob, 'alice', ['approve', 'request_changes']],
    ['in_review', root, 'root', ['approve', 'request_changes']],
    ['approved', bob, 'alice', ['submit']],
    ['published', alice, 'alice', ['submit']],
    ['draft', coordinator, null, []],
    ['in_review', partner, 'alice', []],
  ])('%s for %o (sent by %s): %o', (state, actor, submittedBy, expected) => {
    expect(reviewActionsFor(state, actor, { submittedBy })).toEqual(expected)
  })
})
