/** Fills a call's progress figures when an editor reads it; nothing is stored. */
import type { FieldHook } from 'payload'
import { callProgress } from '../../../collect/callBudget.ts'

export const callFigures: FieldHook = async ({ data, req }) => {
  if (!data?.id) return null
  return callProgress(req.payload, String(data.id), req)
}
