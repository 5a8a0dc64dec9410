/**
 * The hub's HTTP server: Apollo Server on Express, GraphQL at /graphql.
 * Returns a handle so the dev command and tests can stop it cleanly.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { expressMiddleware } from '@as-integrations/express5'
import express from 'express'
import { createContext, type HubContext, type HubServices } from './graphql/context.ts'
import { hubSchema } from './graphql/schema.ts'

export interface HubOptions {
  port: number
  /** Unset: every interface, IPv4 and IPv6. */
  host?: string
  introspection?: boolean
}

export interface RunningHub {
  url: string
  stop(): Promise<void>
}

export async function startHub(services: HubServices, options: HubOptions): Promise<RunningHub> {
  const app = express()
  const httpServer = http.createServer(app)
  const apollo = new ApolloServer<HubContext>({
    schema: await hubSchema(),
    introspection: options.introspection ?? true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  })
  await apollo.start()

  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => createContext(services) }))

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(options.port, options.host, resolve)
  })
  const { port } = httpServer.address() as AddressInfo
  return {
    url: `http://localhost:${port}/graphql`,
    stop: () => apollo.stop(),
  }
}
