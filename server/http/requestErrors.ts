/**
 * What the hub answers when a request never reaches GraphQL: a body that is
 * not JSON, too large or in an encoding we do not read, a path we do not
 * serve. The answer is always JSON in the GraphQL error shape, never the
 * framework's HTML page with a parser's message; only a fault of ours is a
 * 500, and that one is logged, not shown.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express'

export interface ClientError {
  status: number
  code: string
  message: string
}

/** The GraphQL error shape, for answers that GraphQL itself never saw. */
export function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] }
}

/** body-parser's error types, as the client's mistake they stand for. */
const BODY_ERRORS: Record<string, Omit<ClientError, 'status'> & { status?: number }> = {
  'entity.parse.failed': {
    code: 'BAD_REQUEST',
    message: '请求体不是有效的 JSON 对象。The request body is not a valid JSON object.',
  },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大。The request body is too large.' },
  'entity.verify.failed': { code: 'BAD_REQUEST', message: '请求体无法读取。The request body could not be read.' },
  'request.aborted': {
    code: 'BAD_REQUEST',
    message: '请求在读完之前中断。The request ended before its body was read.',
  },
  'request.size.invalid': {
    code: 'BAD_REQUEST',
    message: '请求体长度与声明不符。The request body does not match its declared length.',
  },
  'charset.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: '只接受 UTF-8 编码的请求体。Only UTF-8 request bodies are accepted.',
  },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: '不支持该内容编码。This content encoding is not supported.',
  },
}

/** A body-parser (or other HTTP-level) failure as a client error, or null when it is ours. */
export function clientErrorOf(error: unknown): ClientError | null {
  const failure = error as { type?: unknown; status?: unknown; expose?: unknown } | null
  const status = typeof failure?.status === 'number' ? failure.status : 0
  if (status < 400 || status > 499) return null
  const known = typeof failure?.type === 'string' ? BODY_ERRORS[failure.type] : undefined
  if (known) return { status, code: known.code, message: known.message }
  return { status, code: 'BAD_REQUEST', message: '请求无法读取。The request could not be read.' }
}

/** Error middleware: client errors with their status and code, anything else a logged 500. */
export function requestErrorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error)
    const client = clientErrorOf(error)
    if (client) {
      response.status(client.status).json(errorBody(client.code, client.message))
      return
    }
    log(error)
    response.status(500).json(errorBody('INTERNAL_SERVER_ERROR', '服务器内部错误。Internal server error.'))
  }
}

/** Any path but /graphql. */
export function notFoundHandler(): RequestHandler {
  return (_request, response) => {
    response
      .status(404)
      .json(
        errorBody('NOT_FOUND', '这里没有内容，GraphQL 在 /graphql。Nothing is served here; GraphQL is at /graphql.'),
      )
  }
}
