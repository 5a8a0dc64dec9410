/**
 * How the admin writes a moment for the people who use it: the district's
 * clock (Asia/Shanghai) whatever the browser's zone, in Chinese, or in
 * English for those who chose it.
 */
export const ADMIN_TIME_ZONE = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { timeZone: ADMIN_TIME_ZONE, ...options })
    formatters.set(key, found)
  }
  return found
}

const asDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "12月1日 周一" / "Mon 1 Dec" */
export function dayOf(value: unknown, language: string): string {
  const date = asDate(value)
  return date ? formatter(language, { month: 'short', day: 'numeric', weekday: 'short' }).format(date) : ''
}

/** "14:30" on a 24-hour clock */
export function clockOf(value: unknown, language: string): string {
  const date = asDate(value)
  return date ? formatter(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date) : ''
}

/** "2026年12月1日 14:30" / "1 Dec 2026, 14:30" */
export function dateTimeOf(value: unknown, language: string): string {
  const date = asDate(value)
  return date ? formatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : ''
}
