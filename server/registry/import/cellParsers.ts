/**
 * How spreadsheet cells become record values: Chinese terms for vocabulary
 * values, 是/否 for yes and no, lists separated by 、 or ；, areas in square
 * metres (with the unit written or not), opening hours like
 * "周一至周五 08:30-21:00；周六 09:00-17:00". Each parser returns a value or
 * a reason.
 */
import { parseTerm, WEEKDAYS, keysOf, type Vocabulary, type Weekday } from '../../domain/vocabulary.ts'

export type Parsed<T> = { value: T } | { problem: string }

const LIST_SEPARATORS = /[、,，;；\n]+/

export function text(cell: string): Parsed<string | null> {
  return { value: cell.trim() === '' ? null : cell.trim() }
}

export function list(cell: string): string[] {
  return cell
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter(Boolean)
}

export function yesNo(cell: string): Parsed<boolean | null> {
  const value = cell.trim().toLowerCase()
  if (value === '') return { value: null }
  if (['是', 'y', 'yes', 'true', '1', '有'].includes(value)) return { value: true }
  if (['否', 'n', 'no', 'false', '0', '无'].includes(value)) return { value: false }
  return { problem: `“${cell}”不是“是”或“否”。"${cell}" is not yes (是) or no (否).` }
}

export function number(cell: string): Parsed<number | null> {
  const value = cell.trim().replace(/,/g, '')
  if (value === '') return { value: null }
  const parsed = Number(value)
  return Number.isFinite(parsed) ? { value: parsed } : { problem: `“${cell}”不是数字。"${cell}" is not a number.` }
}

const SQUARE_METRES = /^(-?[\d.,]+)\s*(㎡|m²|m2|平方米|平米)?$/i

/** An area in m²; any other unit (亩, 公顷, sq ft ...) is refused with the unit named. */
export function area(cell: string): Parsed<number | null> {
  const value = cell.trim()
  if (value === '') return { value: null }
  const match = SQUARE_METRES.exec(value)
  if (!match) {
    const unit = value.replace(/^-?[\d.,\s]+/, '') || value
    return { problem: `面积须以平方米填写，收到单位“${unit}”。Area must be in m² (平方米); got "${unit}".` }
  }
  return number(match[1]!)
}

export function term<K extends string>(vocabulary: Vocabulary<K>, cell: string): Parsed<K | null> {
  if (cell.trim() === '') return { value: null }
  const key = parseTerm(vocabulary, cell)
  if (key) return { value: key }
  const allowed = keysOf(vocabulary)
    .map((k) => vocabulary[k].zh)
    .join('、')
  return { problem: `未知取值“${cell.trim()}”，可选：${allowed}。Unknown value "${cell.trim()}".` }
}

export function terms<K extends string>(vocabulary: Vocabulary<K>, cell: string): Parsed<K[]> {
  const keys: K[] = []
  for (const item of list(cell)) {
    const parsed = term(vocabulary, item)
    if ('problem' in parsed) return parsed
    if (parsed.value) keys.push(parsed.value)
  }
  return { value: keys }
}

const WEEKDAY_KEYS = keysOf(WEEKDAYS)
const DAY_NAMES: Record<string, Weekday> = {
  一: 'MONDAY',
  二: 'TUESDAY',
  三: 'WEDNESDAY',
  四: 'THURSDAY',
  五: 'FRIDAY',
  六: 'SATURDAY',
  日: 'SUNDAY',
  天: 'SUNDAY',
  七: 'SUNDAY',
}

function day(token: string): Weekday | undefined {
  const match = /^(?:周|星期)([一二三四五六日天七])$/.exec(token.trim())
  return match ? DAY_NAMES[match[1]!] : parseTerm(WEEKDAYS, token)
}

function days(spec: string): Weekday[] | undefined {
  const trimmed = spec.trim()
  if (trimmed === '每天' || trimmed === '每日') return [...WEEKDAY_KEYS]
  const range = /^(.+?)(?:至|到|-|–|~)(.+)$/.exec(trimmed)
  if (range) {
    const from = day(range[1]!)
    const to = day(range[2]!)
    if (!from || !to) return undefined
    const start = WEEKDAY_KEYS.indexOf(from)
    const end = WEEKDAY_KEYS.indexOf(to)
    return start <= end ? WEEKDAY_KEYS.slice(start, end + 1) : undefined
  }
  const listed = trimmed.split(/[、,，]/).map(day)
  return listed.every(Boolean) ? (listed as Weekday[]) : undefined
}

/** "周一至周五 08:30-21:00；周六 09:00-17:00" into weekday ranges (times are checked by the validator). */
export function openingHours(cell: string): Parsed<{ weekday: Weekday; opens: string; closes: string }[]> {
  const entries: { weekday: Weekday; opens: string; closes: string }[] = []
  for (const segment of cell
    .split(/[;；\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(.+?)\s+(\d{1,2}:\d{2})\s*[-–~至]\s*(\d{1,2}:\d{2})$/.exec(segment)
    const weekdays = match ? days(match[1]!) : undefined
    if (!match || !weekdays) {
      return {
        problem: `无法识别开放时间“${segment}”，示例：周一至周五 08:30-21:00。Cannot read opening hours "${segment}".`,
      }
    }
    const pad = (time: string) => time.padStart(5, '0')
    for (const weekday of weekdays) entries.push({ weekday, opens: pad(match[2]!), closes: pad(match[3]!) })
  }
  return { value: entries }
}

/** "场地平面图|https://...；消防验收|https://..." into archive documents. */
export function archiveDocuments(cell: string): Parsed<{ title: string; file: string }[]> {
  const documents: { title: string; file: string }[] = []
  for (const item of cell
    .split(/[;；\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [title, file] = item.split('|').map((part) => part.trim())
    if (!title || !file)
      return { problem: `电子档案须写成“标题|地址”，收到“${item}”。Archive documents are written "title|file".` }
    documents.push({ title, file })
  }
  return { value: documents }
}
