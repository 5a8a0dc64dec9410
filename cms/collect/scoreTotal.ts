/**
 * A submission's score: for each criterion of its call's rubric, the average
 * of the reviewers' marks (0–100), weighted by the criterion's weight.
 * Criteria nobody has marked yet do not count. Null until someone scores.
 */
import { DEFAULT_RUBRIC } from '../collections/Calls/index.ts'

interface Mark {
  criterion?: string | null
  score?: number | null
}

export function weightedScore(rubric: { criterion: string; weight: number }[], marks: Mark[]): number | null {
  let weighted = 0
  let weights = 0
  for (const { criterion, weight } of rubric) {
    const scores = marks
      .filter((mark) => mark.criterion === criterion && typeof mark.score === 'number')
      .map((mark) => mark.score!)
    if (scores.length === 0) continue
    weighted += (weight * scores.reduce((a, b) => a + b, 0)) / scores.length
    weights += weight
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 10) / 10
}

/** The call's rubric, or the default one for an unsolicited submission or a call without one. */
export function rubricOf(call: { rubric?: unknown } | null): { criterion: string; weight: number }[] {
  const rubric = call?.rubric as { criterion: string; weight: number }[] | undefined
  return rubric && rubric.length > 0 ? rubric : DEFAULT_RUBRIC
}
