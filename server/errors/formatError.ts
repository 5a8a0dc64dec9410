/**
 * What a client sees of an error. Hub errors and GraphQL's own request errors
 * (syntax, validation, Apollo's refusals of a malformed request) pass with
 * their code and path; a database time-out becomes TIMEOUT and a counted
 * warning; anything else is logged in full and reaches the client as a bare
 * INTERNAL_SERVER_ERROR. In production, "Did you mean ...?" hints are
 * stripped so the schema does not leak through typos.
 */
import { unwrapResolverError } from '@apollo/server/errors'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { isDatabaseTimeout, TIMEOUT_CODE, TIMEOUT_MESSAGE } from './databaseTimeout.ts'
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
  /** Called once per database time-out. */
  onTimeout: (error: unknown) => void
}

/**
 * Apollo refuses some malformed requests (a persisted-query hash that does not
 * match its query, an unknown persisted-query version) with a 4xx status but
 * no code of their own: they are the client's mistake all the same.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return false
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error)
    const formattedCode = String(formatted.extensions?.code ?? '')
    const code =
      isHubError(original) || CLIENT_CODES.has(formattedCode)
        ? formattedCode
        : isUncodedClientError(original)
          ? 'BAD_REQUEST'
          : null
    if (code) {
      const message = options.production ? formatted.message.replace(/ ?Did you mean .+\?$/, '') : formatted.message
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {}
      return { ...formatted, message, extensions: { ...extensions, code } }
    }
    if (isDatabaseTimeout(original)) {
      options.onTimeout(original)
      return {
        message: TIMEOUT_MESSAGE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: TIMEOUT_CODE },
      }
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
