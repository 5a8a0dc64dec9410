/**
 * The answers syndication routes give when they cannot serve: an unknown id
 * or slug is a 404 naming it, the hub's own refusals (data not current) keep
 * their status, both in the hub's JSON error shape; anything else is passed
 * on to the hub's error handler, which logs it and answers 500.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { isHubError } from '../../errors/hubErrors.ts'
import { errorBody } from '../../http/requestErrors.ts'

export interface Named {
  zh: string
  en: string
}

export function notFound(response: Response, what: Named, key: string): void {
  response.status(404).json(errorBody('NOT_FOUND', `没有公开的${what.zh}「${key}」。No public ${what.en} "${key}".`))
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
}

/** An async route whose hub errors become their status and shape. */
export function route(handler: (request: Request, response: Response) => Promise<void>): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    handler(request, response).catch((error: unknown) => {
      if (!isHubError(error) || response.headersSent) return next(error)
      const http = error.extensions.http as { headers?: Map<string, string> } | undefined
      for (const [name, value] of http?.headers ?? []) response.set(name, value)
      response.status(STATUS[error.code] ?? 400).json(errorBody(error.code, error.message))
    })
  }
}
