/**
 * The shape of a document sent to the CMS, checked before any hook or the
 * database sees it: nesting bounded (a body of a hundred thousand nested
 * arrays overflowed the stack), no NUL in a key (the database driver refuses
 * it mid-write), rich text no deeper than an editor writes, and a plain value
 * wherever a field holds one (`{"title": {"$gt": ""}}` reached the database
 * as an operator and failed there). Each problem names the field's path.
 */
import type { FlattenedField } from 'payload'
import { limits } from '../../server/config/limits.ts'
import type { FieldRefusal } from '../errors/refuseFields.ts'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
const isPlainValue = (value: unknown) =>
  value === null ||
  value === undefined ||
  value instanceof Date ||
  ['string', 'number', 'boolean'].includes(typeof value)

/** Fields that hold one plain value (or, with hasMany, a list of them). */
const PLAIN_FIELDS = new Set(['text', 'textarea', 'email', 'code', 'date', 'select', 'radio', 'number', 'checkbox'])

/** Nesting depth and NUL-free keys over the whole value, without recursion (the value may be arbitrarily deep). */
function checkStructure(data: unknown, problems: FieldRefusal[]) {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (value === null || typeof value !== 'object' || value instanceof Date) continue
    // Named by the top-level field it is under: the full path of a deep value is as long as the value is deep.
    const field = path.split('.')[0] || '(root)'
    if (depth >= limits.cmsInput.maxJsonDepth) {
      problems.push({
        path: field,
        message: `${field}：嵌套超过 ${limits.cmsInput.maxJsonDepth} 层。${field} nests deeper than ${limits.cmsInput.maxJsonDepth} levels.`,
      })
      return
    }
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key
      if (key.includes('\u0000')) {
        const under = (path ? field : key).replaceAll('\u0000', '\\0')
        problems.push({
          path: under,
          message: `${under}：键名不能含 NUL 字符。A key under ${under} holds a NUL character.`,
        })
        return
      }
      stack.push({ value: inner, path: at, depth: depth + 1 })
    }
  }
}

/** How deeply rich-text nodes nest under the root (through `children`). */
function richTextDepth(value: unknown): number {
  const root = isPlainObject(value) ? value.root : undefined
  let deepest = 0
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (!isPlainObject(node)) continue
    deepest = Math.max(deepest, depth)
    if (depth > limits.cmsInput.maxRichTextDepth) break
    if (Array.isArray(node.children)) for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return deepest
}

function checkField(field: FlattenedField, value: unknown, path: string, locales: string[], problems: FieldRefusal[]) {
  if (value === undefined || value === null) return
  // With locale=all a localized field arrives as { zh: ..., en: ... }.
  if (
    field.localized &&
    isPlainObject(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => locales.includes(key)) &&
    field.type !== 'group'
  ) {
    for (const [locale, inner] of Object.entries(value))
      checkField({ ...field, localized: false } as FlattenedField, inner, `${path}.${locale}`, locales, problems)
    return
  }
  if (PLAIN_FIELDS.has(field.type)) {
    const many = 'hasMany' in field && field.hasMany
    const fits = many ? (Array.isArray(value) ? value.every(isPlainValue) : isPlainValue(value)) : isPlainValue(value)
    if (!fits)
      problems.push({
        path,
        message: `${path}：须为${many ? '值或值的列表' : '单个值'}，不能是对象。${path} takes ${many ? 'plain values' : 'one plain value'}, not an object.`,
      })
    return
  }
  switch (field.type) {
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) problems.push({ path, message: `${path}：须为对象。${path} takes an object.` })
      else checkFields(field.flattenedFields, value, path, locales, problems)
      return
    case 'array':
      // The admin's form sends a list with no rows as its row count, 0; Payload reads that as empty.
      if (value === 0 || value === null) return
      if (!Array.isArray(value)) problems.push({ path, message: `${path}：须为列表。${path} takes a list.` })
      else
        value.forEach((row, index) =>
          isPlainObject(row)
            ? checkFields(field.flattenedFields, row, `${path}.${index}`, locales, problems)
            : problems.push({
                path: `${path}.${index}`,
                message: `${path}.${index}：每一行须为对象。Each row takes an object.`,
              }),
        )
      return
    case 'blocks':
      if (value === 0 || value === null) return
      if (!Array.isArray(value)) problems.push({ path, message: `${path}：须为列表。${path} takes a list.` })
      else
        value.forEach((row, index) => {
          const block = isPlainObject(row)
            ? field.blocks.find((candidate) => candidate.slug === row.blockType)
            : undefined
          if (block && isPlainObject(row))
            checkFields(block.flattenedFields, row, `${path}.${index}`, locales, problems)
        })
      return
    case 'richText':
      if (!isPlainObject(value))
        problems.push({ path, message: `${path}：须为富文本对象。${path} takes a rich-text object.` })
      else if (richTextDepth(value) > limits.cmsInput.maxRichTextDepth) {
        problems.push({
          path,
          message: `${path}：富文本嵌套超过 ${limits.cmsInput.maxRichTextDepth} 层。The rich text nests deeper than ${limits.cmsInput.maxRichTextDepth} levels.`,
        })
      }
      return
    default:
      // Relationships, uploads, JSON and points: their own validation knows their shapes.
      return
  }
}

function checkFields(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  path: string,
  locales: string[],
  problems: FieldRefusal[],
) {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    checkField(field, data[field.name], path ? `${path}.${field.name}` : field.name, locales, problems)
  }
}

/** What is wrong with the shape of a document about to be written; empty when nothing is. */
export function checkWriteData(data: unknown, fields: FlattenedField[], locales: string[]): FieldRefusal[] {
  if (data === undefined) return []
  if (!isPlainObject(data))
    return [{ path: '(root)', message: '请求体须为一个对象。The document must be a JSON object.' }]
  const problems: FieldRefusal[] = []
  checkStructure(data, problems)
  if (problems.length) return problems
  checkFields(fields, data, '', locales, problems)
  return problems
}
