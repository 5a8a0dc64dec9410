/**
 * Translates what Payload's Local API throws into the hub's errors: a
 * validation failure becomes BAD_USER_INPUT with each field's path (under the
 * argument it came from) and reason; a refusal becomes FORBIDDEN; a missing
 * document NOT_FOUND. Anything else is rethrown, to be masked.
 */
import { BadInputError, ForbiddenError, NotFoundError } from './hubErrors.ts'

interface PayloadError {
  name?: string
  status?: number
  message?: string
  data?: { errors?: { path?: string; message?: string }[] }
}

export function fromPayloadError(error: unknown, argument: string, fieldNames: Record<string, string> = {}): never {
  const failure = error as PayloadError
  if (failure?.name === 'ValidationError') {
    const problems = (failure.data?.errors ?? []).map((problem) => ({
      path: `${argument}.${fieldNames[problem.path ?? ''] ?? problem.path ?? ''}`,
      reason: problem.message ?? '',
    }))
    throw new BadInputError(problems.map((problem) => problem.reason).join(' ') || '输入有误。Invalid input.', problems)
  }
  if (failure?.name === 'Forbidden' || failure?.status === 403)
    throw new ForbiddenError('无权执行此操作。You may not do this.')
  if (failure?.name === 'NotFound' || failure?.status === 404) throw new NotFoundError('未找到。Not found.')
  throw error
}
