/**
 * The hub's GraphQL schema, built from the type-graphql classes. The same
 * build is printed to schema/schema.graphql, the public contract.
 */
import 'reflect-metadata'
import type { GraphQLSchema } from 'graphql'
import { buildSchema } from 'type-graphql'
import { HealthResolver } from '../health/health.resolver.ts'
import { StreetsResolver } from '../registry/places/streets.resolver.ts'

export const resolvers = [HealthResolver, StreetsResolver] as const

let built: Promise<GraphQLSchema> | undefined

export function hubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false })
  return built
}
