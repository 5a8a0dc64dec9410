/**
 * Community-education budgets per year, for the district and each street:
 * the funding rule (>= 4 CNY per resident) needs them.
 */
import type { Db } from 'mongodb'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'

export interface BudgetDocument {
  _id: string
  /** 'district' or a street id. */
  scope: string
  year: number
  amountCny: number
  updatedBy: string
  updatedAt: Date
}

export function budgetsCollection(db: Db) {
  return db.collection<BudgetDocument>(REGISTRY_COLLECTIONS.budgets)
}

export function budgetId(scope: string, year: number): string {
  return `${scope}:${year}`
}

export async function setBudget(
  db: Db,
  budget: { scope: string; year: number; amountCny: number },
  by: string,
): Promise<BudgetDocument> {
  const document: BudgetDocument = {
    _id: budgetId(budget.scope, budget.year),
    ...budget,
    updatedBy: by,
    updatedAt: new Date(),
  }
  await budgetsCollection(db).replaceOne({ _id: document._id }, document, { upsert: true })
  return document
}

/** A budget as the seed first loads it. */
export interface BudgetSeed {
  /** 'district' or a street id. */
  scope: string
  year: number
  amountCny: number
}

/** Adds the seed budgets that are missing; never overwrites an edited one. */
export async function seedBudgets(db: Db, budgets: readonly BudgetSeed[]): Promise<number> {
  if (budgets.length === 0) return 0
  const now = new Date()
  const result = await budgetsCollection(db).bulkWrite(
    budgets.map((budget) => ({
      updateOne: {
        filter: { _id: budgetId(budget.scope, budget.year) },
        update: {
          $setOnInsert: {
            scope: budget.scope,
            year: budget.year,
            amountCny: budget.amountCny,
            updatedBy: 'seed',
            updatedAt: now,
          },
        },
        upsert: true,
      },
    })),
    { ordered: false },
  )
  return result.upsertedCount
}
