/**
 * A small client for the hub over HTTP: runs the documented operations from
 * schema/generated (or a raw query string), optionally signed in.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print, type FormattedExecutionResult } from 'graphql'
import type { RunningHub } from '../../server/app.ts'

export interface GraphqlResponse<T> extends FormattedExecutionResult<T> {
  status: number
}

export async function graphql<TResult, TVariables>(
  hub: RunningHub,
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables?: TVariables,
  options: { token?: string; apiKey?: string; headers?: Record<string, string> } = {},
): Promise<GraphqlResponse<TResult>> {
  const query = typeof document === 'string' ? document : print(document)
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers }
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.apiKey) headers.authorization = `users API-Key ${options.apiKey}`
  const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  return { status: response.status, ...((await response.json()) as FormattedExecutionResult<TResult>) }
}
