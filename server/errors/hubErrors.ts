/**
 * The hub's error vocabulary: the few things that can go wrong for a client,
 * each with its GraphQL code. Messages are for the client; anything thrown
 * that is not one of these is masked (see errors/formatError.ts).
 */
import { GraphQLError } from 'graphql'

export type HubErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'RESYNC_REQUIRED'

export interface FieldProblem {
  /** Dotted path of the offending input field, e.g. `records.3.capacity`. */
  path: string
  reason: string
}

abstract class HubError extends GraphQLError {
  abstract readonly code: HubErrorCode
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions })
  }
}

export class BadInputError extends HubError {
  readonly code = 'BAD_USER_INPUT'
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message, { code: 'BAD_USER_INPUT', ...(problems.length ? { problems } : {}) })
  }
}

export class UnauthenticatedError extends HubError {
  readonly code = 'UNAUTHENTICATED'
  constructor(message = '请先登录。Sign in first.') {
    super(message, { code: 'UNAUTHENTICATED' })
  }
}

export class ForbiddenError extends HubError {
  readonly code = 'FORBIDDEN'
  constructor(message: string) {
    super(message, { code: 'FORBIDDEN' })
  }
}

export class NotFoundError extends HubError {
  readonly code = 'NOT_FOUND'
  constructor(message: string) {
    super(message, { code: 'NOT_FOUND' })
  }
}

/** The hub cannot answer truthfully right now (its data is out of reach); the client may retry. */
export class ServiceUnavailableError extends HubError {
  readonly code = 'SERVICE_UNAVAILABLE'
  constructor(message: string, retryAfterSeconds: number) {
    super(message, {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    })
  }
}

/**
 * What a client asked to continue from is no longer kept (a change-feed
 * cursor older than the change log's retention): it must reload everything
 * and carry on from a fresh cursor, never silently skip what it missed.
 */
export class ResyncRequiredError extends HubError {
  readonly code = 'RESYNC_REQUIRED'
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { code: 'RESYNC_REQUIRED', ...details })
  }
}

export function isHubError(error: unknown): error is HubError {
  return error instanceof HubError
}
