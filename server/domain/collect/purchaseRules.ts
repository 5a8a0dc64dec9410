/**
 * A purchase's life, as one pure rule, and the budget rule of a call:
 *
 *   proposed --approve (a second editor)--> approved --contract (with the signed document)--> contracted --pay--> paid
 *   proposed | approved | contracted --cancel--> cancelled
 */
export const PURCHASE_STATES = ['proposed', 'approved', 'contracted', 'paid', 'cancelled'] as const
export type PurchaseState = (typeof PURCHASE_STATES)[number]

export const PURCHASE_STATE_NAMES: Record<PurchaseState, { zh: string; en: string }> = {
  proposed: { zh: '拟购买', en: 'Proposed' },
  approved: { zh: '已审批', en: 'Approved' },
  contracted: { zh: '已签约', en: 'Contracted' },
  paid: { zh: '已付款', en: 'Paid' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
}
export const PURCHASE_ACTIONS = ['approve', 'contract', 'pay', 'cancel'] as const
export type PurchaseAction = (typeof PURCHASE_ACTIONS)[number]

/** What each step is called, in the purchase's menu and the activity log alike. */
export const PURCHASE_ACTION_NAMES: Record<PurchaseAction, { zh: string; en: string }> = {
  approve: { zh: '审批通过（须另一位编辑）', en: 'Approve (a second editor)' },
  contract: { zh: '签约', en: 'Contract' },
  pay: { zh: '付款', en: 'Pay' },
  cancel: { zh: '取消', en: 'Cancel' },
}

export interface PurchaseContext {
  actorId: string
  actorRole: string
  /** Who proposed the purchase: they may not approve it. */
  proposedBy: string | null
  hasContract: boolean
}

export type PurchaseOutcome = { ok: true; state: PurchaseState } | { ok: false; reason: string }

const refuse = (reason: string): PurchaseOutcome => ({ ok: false, reason })

export function nextPurchaseState(
  state: PurchaseState,
  action: PurchaseAction,
  context: PurchaseContext,
): PurchaseOutcome {
  if (context.actorRole !== 'editor' && context.actorRole !== 'admin')
    return refuse('只有编辑可以处理采购。Only editors handle purchases.')
  switch (action) {
    case 'approve':
      if (state !== 'proposed') return refuse('只有拟购买的采购可以审批。Only a proposed purchase can be approved.')
      if (context.proposedBy === context.actorId)
        return refuse('审批须由另一位编辑完成。A second editor must approve a purchase.')
      return { ok: true, state: 'approved' }
    case 'contract':
      if (state !== 'approved') return refuse('须先审批才能签约。A purchase must be approved before it is contracted.')
      if (!context.hasContract) return refuse('请上传合同文件。Attach the signed contract.')
      return { ok: true, state: 'contracted' }
    case 'pay':
      return state === 'contracted'
        ? { ok: true, state: 'paid' }
        : refuse('须先签约才能付款。A purchase must be contracted before it is paid.')
    case 'cancel':
      return state === 'paid' || state === 'cancelled'
        ? refuse('已付款或已取消的采购不能取消。A paid or cancelled purchase cannot be cancelled.')
        : { ok: true, state: 'cancelled' }
  }
}

export interface BudgetCheck {
  budgetCny: number
  /** What the call's other live (not cancelled) purchases already commit. */
  committedCny: number
  priceCny: number
}

const yuan = (amount: number) => `¥${amount.toLocaleString('en-US')}`

/** Null when the purchase fits the call's budget, else the refusal with the amounts. */
export function budgetRefusal({ budgetCny, committedCny, priceCny }: BudgetCheck): string | null {
  if (committedCny + priceCny <= budgetCny) return null
  const left = budgetCny - committedCny
  return (
    `超出征集预算：预算 ${yuan(budgetCny)}，已承诺 ${yuan(committedCny)}，剩余 ${yuan(left)}，本次 ${yuan(priceCny)}。` +
    `Over the call's budget: budget ${yuan(budgetCny)}, committed ${yuan(committedCny)}, left ${yuan(left)}, this purchase ${yuan(priceCny)}.`
  )
}

/** The actions the purchase menu offers: those `nextPurchaseState` accepts (the contract itself is checked on save). */
export function purchaseActionsFor(
  state: PurchaseState,
  context: Omit<PurchaseContext, 'hasContract'>,
): PurchaseAction[] {
  return PURCHASE_ACTIONS.filter((action) => nextPurchaseState(state, action, { ...context, hasContract: true }).ok)
}
