/**
 * Random query strings for Payload's REST list endpoints: `where` (bracketed
 * or as JSON, with real and made-up field names, every operator, values of
 * every shape, nested and/or), `sort`, `depth`, `limit`, `page` and `locale`,
 * well-formed and not. Whatever they hold, the answer must not be a 500.
 */
import type { FlattenedField } from 'payload'
import { randomText, type Random } from './fuzzRandom.ts'

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  '$ne',
  '$gt',
  '$regex',
  '$where',
  'regex',
  '',
]

/** Field paths of a collection, with made-up and hostile ones mixed in. */
export function fieldPaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    return 'flattenedFields' in field ? [path, ...fieldPaths(field.flattenedFields, `${path}.`)] : [path]
  })
}

const STRANGE_PATHS = [
  'id',
  '_id',
  'createdAt',
  'updatedAt',
  '_status',
  'nope',
  '$where',
  '__proto__',
  'constructor',
  'a.b.c',
  '.',
  '',
  'title.zh',
  'password',
  'hash',
  'salt',
  'apiKey',
]

function randomValue(random: Random, depth: number): unknown {
  switch (random.int(0, 7)) {
    case 0:
      return random.int(-5, 1e6)
    case 1:
      return random.pick([true, false, null])
    case 2:
      return new Date(Date.now() + random.int(-1e3, 1e3) * 86_400_000).toISOString()
    case 3:
      return depth > 2 ? 'x' : Array.from({ length: random.int(0, 3) }, () => randomValue(random, depth + 1))
    case 4:
      return depth > 2
        ? 'y'
        : { [random.pick(['$ne', '$gt', 'a', 'equals', 'type', 'coordinates'])]: randomValue(random, depth + 1) }
    case 5:
      return random.pick([
        '6b0000000000000000000000',
        'seed:partner-zjut',
        'seed:school-hushu-maiyuqiao',
        '1,2,3',
        '120.1,30.2,1000,0',
        'published',
        'draft',
      ])
    default:
      return randomText(random)
  }
}

function randomWhere(random: Random, paths: string[], depth: number): Record<string, unknown> {
  if (depth < 3 && random.chance(0.25)) {
    return {
      [random.pick(['and', 'or', 'AND', 'Or'])]: Array.from({ length: random.int(0, 3) }, () =>
        randomWhere(random, paths, depth + 1),
      ),
    }
  }
  const path = random.chance(0.8) ? random.pick(paths) : random.pick(STRANGE_PATHS)
  if (random.chance(0.05)) return { [path]: randomValue(random, depth) }
  return { [path]: { [random.pick(OPERATORS)]: randomValue(random, depth) } }
}

/** `where[a][b][0]=x` pairs for a value. */
function bracketed(prefix: string, value: unknown, into: [string, string][]) {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item] as const)
      : Object.entries(value)
    if (!entries.length) into.push([prefix, ''])
    for (const [key, inner] of entries) bracketed(`${prefix}[${key}]`, inner, into)
  } else into.push([prefix, value === null ? 'null' : String(value)])
}

/** A query a well-behaved client could send: a real field, a fitting operator, a plain value. */
function wellFormedQuery(random: Random, fields: FlattenedField[]): string {
  const named = fields.filter(
    (field): field is FlattenedField & { name: string } => 'name' in field && !('flattenedFields' in field),
  )
  const params: [string, string][] = []
  if (named.length && random.chance(0.7)) {
    const field = random.pick(named)
    const textual = ['text', 'textarea', 'email', 'code', 'select', 'radio', 'relationship', 'upload'].includes(
      field.type,
    )
    const operator = random.pick(
      textual
        ? ['equals', 'not_equals', 'in', 'not_in', 'exists', 'like', 'contains']
        : ['equals', 'not_equals', 'exists', 'greater_than', 'less_than_equal', 'in'],
    )
    const value =
      operator === 'exists'
        ? String(random.chance(0.5))
        : field.type === 'number'
          ? String(random.int(-10, 1000))
          : field.type === 'date'
            ? new Date(Date.now() + random.int(-100, 100) * 86_400_000).toISOString()
            : randomText(random)
    params.push([`where[${field.name}][${operator}]`, value])
  }
  if (named.length && random.chance(0.5))
    params.push(['sort', `${random.chance(0.5) ? '-' : ''}${random.pick(named).name}`])
  if (random.chance(0.5)) params.push(['depth', String(random.int(0, 2))])
  if (random.chance(0.5)) params.push(['limit', String(random.int(1, 100))])
  if (random.chance(0.5)) params.push(['page', String(random.int(1, 3))])
  if (random.chance(0.5)) params.push(['locale', random.pick(['zh', 'en', 'all'])])
  return new URLSearchParams(params).toString()
}

export function randomRestQuery(random: Random, fields: FlattenedField[]): string {
  if (random.chance(0.5)) return wellFormedQuery(random, fields)
  const paths = fieldPaths(fields)
  const params: [string, string][] = []
  if (random.chance(0.8)) {
    const where = randomWhere(random, paths.length ? paths : STRANGE_PATHS, 0)
    if (random.chance(0.25)) params.push(['where', random.chance(0.9) ? JSON.stringify(where) : randomText(random)])
    else bracketed('where', where, params)
  }
  if (random.chance(0.5)) {
    const sorts = Array.from(
      { length: random.int(1, 3) },
      () =>
        `${random.chance(0.4) ? '-' : ''}${random.chance(0.8) ? random.pick(paths.length ? paths : STRANGE_PATHS) : random.pick(STRANGE_PATHS)}`,
    )
    params.push([
      'sort',
      random.chance(0.9) ? sorts.join(',') : random.pick(['-', ',', '$where', '--title', ' title', randomText(random)]),
    ])
  }
  if (random.chance(0.4)) params.push(['depth', String(random.pick([0, 1, 2, 3, 10, 11, -1, 99, 'abc', '1.5', '']))])
  if (random.chance(0.5))
    params.push(['limit', String(random.pick([0, 1, 5, 10, 100, 1000, 1001, -1, 'x', '1e3', '']))])
  if (random.chance(0.4)) params.push(['page', String(random.pick([1, 2, 50, 0, -3, 'two', '1000000', '1000001', '']))])
  if (random.chance(0.4)) params.push(['locale', String(random.pick(['zh', 'en', 'all', 'xx', '', 'ZH', '__proto__']))])
  if (random.chance(0.1)) params.push(['fallback-locale', String(random.pick(['zh', 'en', 'none', 'xx']))])
  if (random.chance(0.2)) params.push(['draft', String(random.pick(['true', 'false', 'yes', '']))])
  return new URLSearchParams(params).toString()
}
