/**
 * A reader's text as a case-insensitive substring match over several fields.
 * The text is a plain string (typed GraphQL input), its regex characters are
 * escaped, and its length is bounded: nothing in it can become an operator or
 * a pattern.
 */
import { escapeRegex } from '../domain/language/escapeRegex.ts'
import { BadInputError } from '../errors/hubErrors.ts'

/** `$or` over `fields` of an escaped, case-insensitive substring match; null when the text is blank. */
export function textAnyOf(
  text: string | null | undefined,
  fields: string[],
  options: { path: string; maxLength: number },
): Record<string, unknown>[] | null {
  const trimmed = text?.trim() ?? ''
  if (!trimmed) return null
  if ([...trimmed].length > options.maxLength) {
    throw new BadInputError(
      `搜索词最多 ${options.maxLength} 个字。Search text is limited to ${options.maxLength} characters.`,
      [{ path: options.path, reason: 'too long' }],
    )
  }
  const match = { $regex: escapeRegex(trimmed), $options: 'i' }
  return fields.map((field) => ({ [field]: match }))
}
