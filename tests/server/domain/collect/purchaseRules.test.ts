/** Every transition of a purchase, and the budget rule, as tables. */
import { describe, expect, it } from '@jest/globals'
import {
  budgetRefusal,
  nextPurchaseState,
  purchaseActionsFor,
  type PurchaseAction,
  type PurchaseContext,
  type PurchaseState,
} from '../../../../server/domain/collect/purchaseRules.ts'

const byBob: PurchaseContext = { actorId: 'bob', actorRole: 'editor', proposedBy: 'alice', hasContract: false }
const byAlice: PurchaseContext = { ...byBob, actorId: 'alice' }
const withContract: PurchaseContext = { ...byBob, hasContract: true }
const byPartner: PurchaseContext = { ...byBob, actorRole: 'partner' }

const TABLE: [PurchaseState, PurchaseAction, PurchaseContext, string][] = [
  ['proposed', 'approve', byBob, 'approved'],
  ['proposed', 'approve', byAlice, '审批须由另一位编辑完成。A second editor must approve a purchase.'],
  ['approved', 'approve', byBob, '只有拟购买的采购可以审批。Only a proposed purchase can be approved.'],
  ['approved', 'contract', withContract, 'contracted'],
  ['approved', 'contract', byBob, '请上传合同文件。Attach the signed contract.'],
  ['proposed', 'contract', withContract, '须先审批才能签约。A purchase must be approved before it is contracted.'],
  ['contracted', 'pay', byBob, 'paid'],
  ['approved', 'pay', byBob, '须先签约才能付款。A purchase must be contracted before it is paid.'],
  ['proposed', 'cancel', byAlice, 'cancelled'],
  ['contracted', 'cancel', byBob, 'cancelled'],
  ['paid', 'cancel', byBob, '已付款或已取消的采购不能取消。A paid or cancelled purchase cannot be cancelled.'],
  ['proposed', 'approve', byPartner, '只有编辑可以处理采购。Only editors handle purchases.'],
]

describe('nextPurchaseState', () => {
  it.each(TABLE)('%s --%s--> %#', (state, action, context, expected) => {
    const outcome = nextPurchaseState(state, action, context)
    expect(outcome.ok ? outcome.state : outcome.reason).toBe(expected)
  })
})

describe('budgetRefusal', () => {
  it.each([
    [{ budgetCny: 100_000, committedCny: 60_000, priceCny: 40_000 }, null],
    [{ budgetCny: 100_000, committedCny: 0, priceCny: 0 }, null],
    [
      { budgetCny: 100_000, committedCny: 60_000, priceCny: 40_001 },
      "超出征集预算：预算 ¥100,000，已承诺 ¥60,000，剩余 ¥40,000，本次 ¥40,001。Over the call's budget: budget ¥100,000, committed ¥60,000, left ¥40,000, this purchase ¥40,001.",
    ],
  ])('%o', (check, expected) => {
    expect(budgetRefusal(check)).toBe(expected)
  })
})

describe('purchaseActionsFor: the menu offers only what the save accepts', () => {
  it.each<[PurchaseState, string, PurchaseAction[]]>([
    ['proposed', 'bob', ['approve', 'cancel']],
    ['proposed', 'alice', ['cancel']],
    ['approved', 'bob', ['contract', 'cancel']],
    ['contracted', 'alice', ['pay', 'cancel']],
    ['paid', 'bob', []],
  ])('%s for %s (proposed by alice): %o', (state, actorId, expected) => {
    expect(purchaseActionsFor(state, { actorId, actorRole: 'editor', proposedBy: 'alice' })).toEqual(expected)
  })
  it('offers a partner nothing', () => {
    expect(purchaseActionsFor('proposed', { actorId: 'pat', actorRole: 'partner', proposedBy: 'alice' })).toEqual([])
  })
})
