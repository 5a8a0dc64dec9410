/**
 * The GraphQL hub on a suite's own database, over real HTTP, and a small
 * client that runs the documented operations from schema/generated.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print, type ExecutionResult } from 'graphql'
import { startHub, type RunningHub } from '../../server/app.ts'
import { hubVersion } from '../../server/config/hubVersion.ts'
import type { TestDatabase } from './database.ts'

export async function startTestHub(database: TestDatabase): Promise<RunningHub> {
  return startHub({ db: database.db, hubVersion }, { port: 0, host: '127.0.0.1' })
}

export interface GraphqlResponse<T> extends ExecutionResult<T> {
  status: number
}

/** Runs a typed document (or a raw query string) against the hub. */
export async function graphql<TResult, TVariables>(
  hub: RunningHub,
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<TResult>> {
  const query = typeof document === 'string' ? document : print(document)
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, ...((await response.json()) as ExecutionResult<TResult>) }
}
