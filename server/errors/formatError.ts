/**
 * What a client sees of an error. Hub errors and GraphQL's own request errors
 * (syntax, validation) pass with their code and path; anything else is logged
 * in full and reaches the client as a bare INTERNAL_SERVER_ERROR. In
 * production, "Did you mean ...?" hints are stripped so the schema does not
 * leak through typos.
 */
import { unwrapResolverError } from '@apollo/server/errors'
import type { GraphQLFormattedError } from 'graphql'
import { isHubError } from './hubErrors.ts'

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
])

export interface FormatErrorOptions {
  production: boolean
  log: (error: unknown) => void
}

export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error)
    const code = String(formatted.extensions?.code ?? '')
    if (isHubError(original) || CLIENT_CODES.has(code)) {
      const message = options.production ? formatted.message.replace(/ ?Did you mean .+\?$/, '') : formatted.message
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {}
      return { ...formatted, message, extensions }
    }
    options.log(original)
    return {
      message: '服务器内部错误。Internal server error.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }
  }
}
