/**
 * The bounds of a proposal sent through the graph, checked before anything
 * is written, each problem with its input path. Content rules (vocabulary,
 * registry ids, the call being open) are the CMS's and come back from it.
 */
import { limits } from '../config/limits.ts'
import { BadInputError, type FieldProblem } from '../errors/hubErrors.ts'
import type { SubmitCourseInput } from './submitCourse.input.ts'

export function validateSubmitCourse(input: SubmitCourseInput): void {
  const problems: FieldProblem[] = []
  const { collect } = limits
  if (input.title.trim() === '') problems.push({ path: 'input.title', reason: '请填写课程名称。A title is required.' })
  if (input.title.length > collect.maxTitleLength) problems.push({ path: 'input.title', reason: `课程名称最多 ${collect.maxTitleLength} 字。At most ${collect.maxTitleLength} characters.` })
  for (const field of ['summary', 'licenseTerms'] as const) {
    if ((input[field]?.length ?? 0) > collect.maxTextLength) problems.push({ path: `input.${field}`, reason: `最多 ${collect.maxTextLength} 字。At most ${collect.maxTextLength} characters.` })
  }
  if ((input.sessionPlan?.length ?? 0) > collect.maxPlanSessions) problems.push({ path: 'input.sessionPlan', reason: `课次最多 ${collect.maxPlanSessions} 次。At most ${collect.maxPlanSessions} sessions.` })
  for (const field of ['proposedTeachers', 'proposedVenues'] as const) {
    if ((input[field]?.length ?? 0) > collect.maxProposedIds) problems.push({ path: `input.${field}`, reason: `最多 ${collect.maxProposedIds} 个。At most ${collect.maxProposedIds}.` })
  }
  for (const field of ['priceCny', 'creditHours'] as const) {
    const value = input[field]
    if (value !== null && value !== undefined && (value < 0 || !Number.isFinite(value))) problems.push({ path: `input.${field}`, reason: '不能为负数。Must not be negative.' })
  }
  if (problems.length > 0) throw new BadInputError(problems.map((problem) => problem.reason).join(' '), problems)
}
