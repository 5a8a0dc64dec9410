/**
 * The database for a one-off command (import, reindex, bench): MONGODB_URI
 * when set; else the embedded server the dev command is already running on
 * DB_PORT; else the embedded server started just for this command.
 */
import { env } from '../config/env.ts'
import { launchConfiguredDatabase } from './configuredDatabase.ts'
import { databaseUriFor } from './databaseUri.ts'
import { waitForPing } from './launcher.ts'
import { connectMongo, type MongoConnection } from './mongo.ts'

export interface CliDatabase extends MongoConnection {
  uri: string
}

export async function openDatabaseForCli(log: (line: string) => void): Promise<CliDatabase> {
  let serverUri = env.mongodbUri
  let stopServer = async () => {}
  if (!serverUri) {
    const running = `mongodb://127.0.0.1:${env.dbPort}/`
    const alreadyUp = await waitForPing(running, 1_500, undefined).then(
      () => true,
      () => false,
    )
    if (alreadyUp) serverUri = running
    else {
      const database = await launchConfiguredDatabase(log, { useUri: false })
      serverUri = database.uri
      stopServer = () => database.stop()
    }
  }
  const uri = databaseUriFor(serverUri, env.dbName)
  const connection = await connectMongo(uri)
  return {
    ...connection,
    uri,
    close: async () => {
      await connection.close()
      await stopServer()
    },
  }
}
