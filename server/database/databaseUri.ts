/**
 * The one connection string the CMS and the hub share: the server the
 * launcher started (or MONGODB_URI) plus the hub's database name, unless
 * MONGODB_URI already names a database.
 */
import { withDatabaseName } from './mongo.ts'

export function databaseUriFor(serverUri: string, defaultDbName: string): string {
  const namesDatabase = /^mongodb(?:\+srv)?:\/\/[^/?]+\/[^?]+/.test(serverUri)
  return namesDatabase ? serverUri : withDatabaseName(serverUri, defaultDbName)
}
