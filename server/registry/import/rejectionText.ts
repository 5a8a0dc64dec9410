/**
 * How a rejected line is told to the clerk: where it is, once, and what is
 * wrong in each column, named by the header the file uses ("街道", not
 * "street"), an item of a list by its number ("开放时间 #2"). The same text
 * goes to the screen and into the rejected-lines file.
 */
import type { FieldProblem } from '../../errors/hubErrors.ts'
import type { Rejection } from './importRegistry.ts'

export function reasonsText(problems: FieldProblem[], labels: Record<string, string>): string {
  return problems
    .map((problem) => (problem.path ? `${placeOf(problem.path, labels)}: ${problem.reason}` : problem.reason))
    .join(' | ')
}

export function rejectionLine(rejection: Rejection, labels: Record<string, string>): string {
  const id = rejection.externalId ? ` [${rejection.externalId}]` : ''
  return `第 ${rejection.line} 行 line ${rejection.line}${id} ${reasonsText(rejection.problems, labels)}`
}

function placeOf(path: string, labels: Record<string, string>): string {
  const [field, ...rest] = path.split('.')
  const label = labels[field!] ?? field!
  const item = rest.find((part) => /^\d+$/.test(part))
  return item === undefined ? label : `${label} #${Number(item) + 1}`
}
