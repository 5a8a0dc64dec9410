/**
 * Small, pure field checks shared by the push validators. Each returns the
 * cleaned value or records a problem (path + reason) and returns undefined.
 */
import type { FieldProblem } from '../../errors/hubErrors.ts'
import { ID_PART } from '../shared/registryIds.ts'

export class Problems {
  readonly list: FieldProblem[] = []
  add(path: string, reason: string): undefined {
    this.list.push({ path, reason })
    return undefined
  }
  get empty(): boolean {
    return this.list.length === 0
  }
}

export function externalId(value: unknown, path: string, problems: Problems): string | undefined {
  if (typeof value !== 'string' || !ID_PART.test(value.trim())) {
    return problems.add(path, '编号须为 1–64 个字母、数字或 _ . -。externalId must be 1–64 letters, digits, _ . or -.')
  }
  return value.trim()
}

export function requiredText(value: unknown, path: string, problems: Problems, maxLength = 200): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return problems.add(path, '不能为空。Required.')
  if (value.trim().length > maxLength)
    return problems.add(path, `不能超过 ${maxLength} 个字。At most ${maxLength} characters.`)
  return value.trim()
}

export function optionalText(
  value: unknown,
  path: string,
  problems: Problems,
  maxLength = 500,
): string | null | undefined {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null
  return requiredText(value, path, problems, maxLength)
}

export function count(value: unknown, path: string, problems: Problems, max: number): number | undefined {
  if (value === null || value === undefined) return 0
  if (typeof value !== 'number' || !Number.isInteger(value))
    return problems.add(path, '须为整数。Must be a whole number.')
  if (value < 0) return problems.add(path, `不能为负数（收到 ${value}）。Must not be negative (got ${value}).`)
  if (value > max) return problems.add(path, `${value} 超出合理范围（最多 ${max}）。${value} is more than ${max}.`)
  return value
}

/**
 * An area that must be in square metres. Values far outside the plausible
 * range are almost always another unit (亩, 公顷, square feet), so the
 * message says so.
 */
export function areaM2(
  value: unknown,
  path: string,
  problems: Problems,
  range: { min: number; max: number },
): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return problems.add(path, '须为数字（平方米）。Must be a number of m².')
  if (value < 0) return problems.add(path, `面积不能为负数（收到 ${value}）。Area must not be negative (got ${value}).`)
  if (value < range.min || value > range.max) {
    return problems.add(
      path,
      `面积 ${value} 不在 ${range.min}–${range.max} 平方米之间，是否用了其他单位（亩、公顷、平方英尺）？` +
        `Area ${value} is outside ${range.min}–${range.max} m²: was it given in another unit?`,
    )
  }
  return Math.round(value * 100) / 100
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export function timeOfDay(value: unknown, path: string, problems: Problems): string | undefined {
  if (typeof value !== 'string' || !TIME.test(value.trim()))
    return problems.add(path, '时间格式须为 HH:MM（24 小时制）。Time must be HH:MM, 24-hour.')
  return value.trim()
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function optionalEmail(value: unknown, path: string, problems: Problems): string | null | undefined {
  const text = optionalText(value, path, problems, 200)
  if (!text) return text
  return EMAIL.test(text) ? text : problems.add(path, '邮箱格式不正确。Not an email address.')
}

const PHONE = /^[0-9+\-() ]{5,30}$/

export function optionalPhone(value: unknown, path: string, problems: Problems): string | null | undefined {
  const text = optionalText(value, path, problems, 30)
  if (!text) return text
  return PHONE.test(text) ? text : problems.add(path, '电话号码格式不正确。Not a phone number.')
}

export function coordinate(
  value: unknown,
  path: string,
  problems: Problems,
  min: number,
  max: number,
): number | null | undefined {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || value < min || value > max)
    return problems.add(path, `须在 ${min} 到 ${max} 之间。Must be between ${min} and ${max}.`)
  return value
}

/** A list of vocabulary keys: no repeats, at least `min`. (Unknown keys are caught by the GraphQL enum or the CSV reader.) */
export function termList<K extends string>(
  value: unknown,
  path: string,
  problems: Problems,
  allowed: readonly K[],
  min = 0,
): K[] | undefined {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  const unknown = list.find((item) => !allowed.includes(item as K))
  if (unknown !== undefined)
    return problems.add(path, `未知取值“${String(unknown)}”。Unknown value "${String(unknown)}".`)
  if (list.length < min) return problems.add(path, `至少选择 ${min} 项。Pick at least ${min}.`)
  return [...new Set(list as K[])]
}

export function oneOf<K extends string>(
  value: unknown,
  path: string,
  problems: Problems,
  allowed: readonly K[],
): K | undefined {
  if (value === null || value === undefined || value === '') return problems.add(path, '不能为空。Required.')
  if (typeof value !== 'string' || !allowed.includes(value as K))
    return problems.add(path, `未知取值“${String(value)}”。Unknown value "${String(value)}".`)
  return value as K
}
