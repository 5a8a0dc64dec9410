/**
 * A submission's score: for each criterion of its call's rubric, the average
 * of the reviewers' marks (0–100), weighted by the criterion's weight.
 * Criteria nobody has marked yet do not count. Null until someone scores.
 */
import type { PayloadRequest } from 'payload'
import { DEFAULT_RUBRIC } from '../collections/Calls.ts'

interface Mark {
  criterion?: string | null
  score?: number | null
}

export function weightedScore(rubric: { criterion: string; weight: number }[], marks: Mark[]): number | null {
  let weighted = 0
  let weights = 0
  for (const { criterion, weight } of rubric) {
    const scores = marks.filter((mark) => mark.criterion === criterion && typeof mark.score === 'number').map((mark) => mark.score!)
    if (scores.length === 0) continue
    weighted += (weight * scores.reduce((a, b) => a + b, 0)) / scores.length
    weights += weight
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 10) / 10
}

export async function scoreTotal(req: PayloadRequest, callId: string | number | null, marks: Mark[]): Promise<number | null> {
  const call = callId ? await req.payload.findByID({ collection: 'calls', id: callId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  const rubric = (call?.rubric as { criterion: string; weight: number }[] | undefined)?.length ? (call!.rubric as { criterion: string; weight: number }[]) : DEFAULT_RUBRIC
  return weightedScore(rubric, marks)
}
