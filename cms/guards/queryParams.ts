/**
 * The REST query parameters Payload reads (where, sort, depth, limit, page,
 * locale), checked before Payload sees them. Payload hands a `where` value
 * of the wrong shape straight to the database driver, parses a `where`
 * string with a bare JSON.parse and passes any `sort` name along, so a
 * client's typo or probe became a 500; here it is a 400 naming the parameter.
 */
import type { FlattenedField, SanitizedConfig } from 'payload'
import { limits } from '../../server/config/limits.ts'
import type { FieldRefusal } from '../errors/refuseFields.ts'

/** Operators whose value is one plain value. */
const SCALAR_OPERATORS = new Set([
  'equals',
  'not_equals',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
/** Operators whose value is a list (or a comma-separated text). */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Operators only a point (geo) field takes. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
/** Text matching, which Payload turns into a pattern: meaningless (and a server error) on a date, number or yes/no. */
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const NOT_TEXT_FIELDS = new Set(['date', 'number', 'checkbox', 'point'])

/** Names of JavaScript's object machinery, never fields. */
const OBJECT_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const SORT_ITEM = /^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/
const WHOLE_NUMBER = /^\d{1,9}$/

type Tree = { [key: string]: Tree | string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** An object with no prototype: a segment named `__proto__` or `constructor` is then just a key. */
const bare = (): Tree => Object.create(null) as Tree

/** `where[a][b][0]=x` entries as a tree; every bracket segment is a key (arrays stay objects with numeric keys). */
function bracketTree(params: URLSearchParams, name: string): Tree | null {
  let tree: Tree | null = null
  for (const [key, value] of params) {
    if (!key.startsWith(`${name}[`)) continue
    const segments = [...key.slice(name.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!)
    tree ??= bare()
    let node: Tree = tree
    segments.forEach((segment, index) => {
      const last = index === segments.length - 1
      const slot = segment === '' ? String(Object.keys(node).length) : segment
      if (last) node[slot] = value
      else {
        const next = Object.hasOwn(node, slot) ? node[slot] : undefined
        node = (node[slot] = typeof next === 'object' ? next : bare()) as Tree
      }
    })
  }
  return tree
}

/** The field at a dotted path through groups, named tabs and array rows, if there is one. */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  let current: FlattenedField[] | undefined = fields
  let found: FlattenedField | undefined
  for (const segment of path.split('.')) {
    if (!current) return undefined
    found = current.find((field) => 'name' in field && field.name === segment)
    if (!found) return undefined
    current = 'flattenedFields' in found ? found.flattenedFields : undefined
  }
  return found
}

const listOf = (value: unknown): unknown[] | null =>
  Array.isArray(value)
    ? value
    : isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))
      ? Object.values(value)
      : null

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/

/**
 * A value compared with a number, date or yes/no field must be one: the
 * database layer fails on anything else (a cast error, or, on the embedded
 * database, a dropped connection).
 */
function checkFits(field: FlattenedField | undefined, values: unknown[], at: string, problems: FieldRefusal[]) {
  // Empty and null stand for "no value", which Payload compares as such.
  const present = values.filter((value) => value !== null && value !== 'null' && value !== '')
  const fits = (test: (text: string) => boolean) =>
    present.every((value) => typeof value !== 'object' && test(String(value)))
  if (field?.type === 'number' && !fits((text) => NUMBER.test(text.trim())))
    problems.push({ path: at, message: `${at}：须为数字。${field.name} is a number.` })
  if (field?.type === 'date' && !fits((text) => !Number.isNaN(Date.parse(text))))
    problems.push({ path: at, message: `${at}：须为日期（ISO 8601）。${field.name} is a date (ISO 8601).` })
  if (field?.type === 'checkbox' && !fits((text) => text === 'true' || text === 'false'))
    problems.push({ path: at, message: `${at}：须为 true 或 false。${field.name} is true or false.` })
}

function checkOperator(
  operator: string,
  value: unknown,
  path: string,
  field: FlattenedField | undefined,
  problems: FieldRefusal[],
) {
  const at = `${path}.${operator}`
  if (operator.startsWith('$')) {
    problems.push({ path: at, message: `${at}：不接受以 $ 开头的运算符。Operators starting with $ are not accepted.` })
  } else if (TEXT_OPERATORS.has(operator) && field && NOT_TEXT_FIELDS.has(field.type)) {
    problems.push({ path: at, message: `${at}：只有文本字段能用 ${operator}。Only a text field takes ${operator}.` })
  } else if (SCALAR_OPERATORS.has(operator)) {
    if (!isScalar(value))
      problems.push({
        path: at,
        message: `${at}：须为单个值，不能是列表或对象。${operator} takes one plain value, not a list or an object.`,
      })
    else if (!TEXT_OPERATORS.has(operator)) checkFits(field, [value], at, problems)
  } else if (LIST_OPERATORS.has(operator)) {
    const items = typeof value === 'string' ? value.split(',') : listOf(value)
    if (!items || !items.every(isScalar))
      problems.push({ path: at, message: `${at}：须为值的列表。${operator} takes a list of plain values.` })
    else checkFits(field, items, at, problems)
  } else if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(value as string | boolean))
      problems.push({ path: at, message: `${at}：须为 true 或 false。exists takes true or false.` })
  } else if (GEO_OPERATORS.has(operator)) {
    if (field?.type !== 'point')
      problems.push({
        path: at,
        message: `${at}：只有地理坐标字段能用 ${operator}。Only a point field takes ${operator}.`,
      })
  } else {
    problems.push({ path: at, message: `${at}：未知的运算符。Unknown operator ${operator}.` })
  }
}

function checkWhere(where: unknown, path: string, depth: number, fields: FlattenedField[], problems: FieldRefusal[]) {
  if (depth > limits.cmsInput.maxWhereDepth) {
    problems.push({
      path,
      message: `${path}：嵌套超过 ${limits.cmsInput.maxWhereDepth} 层。where nests deeper than ${limits.cmsInput.maxWhereDepth} levels.`,
    })
    return
  }
  if (!isPlainObject(where)) {
    problems.push({
      path,
      message: `${path}：须为条件对象（where[字段][运算符]=值）。Must be an object of conditions: where[field][operator]=value.`,
    })
    return
  }
  for (const [key, value] of Object.entries(where)) {
    const at = `${path}.${key}`
    if (key.startsWith('$') || OBJECT_KEYS.has(key)) {
      problems.push({ path: at, message: `${at}：不是字段名。${key} is not a field name.` })
    } else if (key === 'and' || key === 'or') {
      const items = listOf(value)
      if (!items) problems.push({ path: at, message: `${at}：须为条件的列表。${key} takes a list of conditions.` })
      else items.forEach((item, index) => checkWhere(item, `${at}.${index}`, depth + 1, fields, problems))
    } else if (!isPlainObject(value)) {
      problems.push({
        path: at,
        message: `${at}：须给出运算符，例如 where[${key}][equals]=值。Give an operator, e.g. where[${key}][equals]=value.`,
      })
    } else {
      const field = fieldAt(fields, key)
      for (const [operator, operand] of Object.entries(value)) checkOperator(operator, operand, at, field, problems)
    }
  }
}

function checkWhole(params: URLSearchParams, name: string, problems: FieldRefusal[], max: number, min = 0) {
  for (const value of params.getAll(name)) {
    const number = WHOLE_NUMBER.test(value) ? Number(value) : NaN
    if (!(number >= min && number <= max))
      problems.push({
        path: name,
        message: `${name}：须为 ${min} 到 ${max} 的整数。${name} takes a whole number from ${min} to ${max}.`,
      })
  }
}

/** What is wrong with a REST request's query parameters; empty when nothing is. */
export function checkQueryParams(
  params: URLSearchParams,
  config: SanitizedConfig,
  collectionSlug: string | undefined,
): FieldRefusal[] {
  const problems: FieldRefusal[] = []
  const fields = config.collections.find((collection) => collection.slug === collectionSlug)?.flattenedFields ?? []

  for (const text of params.getAll('where')) {
    if (text === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      problems.push({
        path: 'where',
        message:
          'where：须为条件对象（where[字段][运算符]=值 或 JSON 对象）。where must be an object of conditions: where[field][operator]=value or a JSON object.',
      })
      continue
    }
    checkWhere(parsed, 'where', 1, fields, problems)
  }
  const bracketed = bracketTree(params, 'where')
  if (bracketed) checkWhere(bracketed, 'where', 1, fields, problems)

  for (const [key, value] of params) {
    if (key !== 'sort' && !key.startsWith('sort[')) continue
    if (value === '') continue
    for (const item of value.split(',')) {
      // Not trimmed: Payload passes a space on to the database, which refuses it.
      if (!SORT_ITEM.test(item))
        problems.push({
          path: 'sort',
          message: `sort：“${item.slice(0, 40)}”不是字段名（可加 - 表示倒序）。sort takes field names, each optionally prefixed with -.`,
        })
    }
  }

  checkWhole(params, 'depth', problems, config.maxDepth)
  checkWhole(params, 'limit', problems, limits.cmsInput.maxRestLimit)
  checkWhole(params, 'page', problems, limits.cmsInput.maxRestPage, 1)

  const locales = config.localization ? config.localization.localeCodes : []
  for (const value of params.getAll('locale')) {
    if (value !== 'all' && !locales.includes(value))
      problems.push({
        path: 'locale',
        message: `locale：须为 ${[...locales, 'all'].join('、')} 之一。locale takes one of ${[...locales, 'all'].join(', ')}.`,
      })
  }
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    for (const value of params.getAll(name)) {
      if (!['none', 'false', 'null', ...locales].includes(value))
        problems.push({
          path: name,
          message: `${name}：须为 ${[...locales, 'none'].join('、')} 之一。${name} takes one of ${[...locales, 'none'].join(', ')}.`,
        })
    }
  }
  return problems
}
