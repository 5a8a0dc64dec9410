/**
 * Which fields an edit touched, and whether they were all exempt from review.
 * Paths are generalized over array positions ("sessions.*.startsAt"), so one
 * declaration per collection covers every session. An added or removed array
 * element is a change of the array itself ("sessions.*"); arrays of plain
 * values (teacher ids, topics) compare as a whole.
 */
type Plain = Record<string, unknown>

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** null, undefined, '' and [] all mean "not set"; dates compare by instant. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
    return new Date(value).toISOString()
  if (Array.isArray(value)) return value.length === 0 ? null : value
  return value
}

function same(a: unknown, b: unknown): boolean {
  const left = normalize(a)
  const right = normalize(b)
  if (isPlainObject(left) && isPlainObject(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)])
    return [...keys].every((key) => same(left[key], right[key]))
  }
  if (Array.isArray(left) && Array.isArray(right))
    return left.length === right.length && left.every((item, index) => same(item, right[index]))
  return left === right
}

const isArrayOfObjects = (value: unknown): value is Plain[] =>
  Array.isArray(value) && value.length > 0 && value.every(isPlainObject)

function collect(before: unknown, after: unknown, path: string, into: Set<string>): void {
  if (same(before, after)) return
  const left = normalize(before)
  const right = normalize(after)
  if (isPlainObject(left) && isPlainObject(right) && !('root' in right)) {
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)]))
      collect(left[key], right[key], path ? `${path}.${key}` : key, into)
    return
  }
  if (isArrayOfObjects(left) && isArrayOfObjects(right) && left.length === right.length) {
    left.forEach((item, index) => collect(item, right[index], `${path}.*`, into))
    return
  }
  if (isArrayOfObjects(left) || isArrayOfObjects(right)) {
    into.add(`${path}.*`)
    return
  }
  into.add(path)
}

/** The generalized paths that differ between two versions of a document, among `fields`. */
export function changedFields(before: object, after: object, fields: readonly string[]): string[] {
  const changed = new Set<string>()
  for (const field of fields) {
    if (field in after) collect(Reflect.get(before, field), Reflect.get(after, field), field, changed)
  }
  return [...changed].sort()
}

/** An exempt path covers itself and everything beneath it. */
export function onlyExempt(changed: readonly string[], exempt: readonly string[]): boolean {
  return changed.every((path) => exempt.some((rule) => path === rule || path.startsWith(`${rule}.`)))
}
