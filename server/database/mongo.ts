/**
 * The hub's connection to the shared database through the official driver.
 * One client per process; the database name comes from the URI.
 */
import { MongoClient, type Db, type MongoClientOptions } from 'mongodb'

export interface MongoConnection {
  client: MongoClient
  db: Db
  close(): Promise<void>
}

export async function connectMongo(uri: string, options: MongoClientOptions = {}): Promise<MongoConnection> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000, ...options })
  await client.connect()
  return { client, db: client.db(), close: () => client.close() }
}

/** A URI for one database on a server: replaces (or adds) the path part. */
export function withDatabaseName(serverUri: string, dbName: string): string {
  // Not `new URL`: a replica-set URI lists several hosts, which URL refuses.
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(serverUri)
  if (!match) throw new Error(`Not a MongoDB connection string: ${serverUri}`)
  return `${match[1]}/${encodeURIComponent(dbName)}${match[2] ?? ''}`
}
