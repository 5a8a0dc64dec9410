/**
 * A database of its own for each suite, on the run's server, and the facts
 * about that server the suites need.
 */
import { randomBytes } from 'node:crypto'
import { CHANGE_COLLECTIONS } from '../../server/changes/changeLog.ts'
import { detectServer, type DatabaseFlavor } from '../../server/database/flavor.ts'
import { connectMongo, withDatabaseName, type MongoConnection } from '../../server/database/mongo.ts'

export function testServerUri(): string {
  const uri = process.env.TEST_DATABASE_SERVER_URI
  if (!uri) throw new Error('TEST_DATABASE_SERVER_URI is unset: run the tests with `npm test`.')
  return uri
}

export interface TestDatabase extends MongoConnection {
  uri: string
  flavor: DatabaseFlavor
  /**
   * Database commands sent through this connection so far (driver command
   * monitoring), less the read model's background polls of the change log's
   * head, which no request waits for.
   */
  commandCount(): number
  /** The commands counted, as `name collection`, newest last. */
  commandLog(): string[]
}

/** A fresh, empty database; drop it with `close({ drop: true })` semantics via `dropAndClose`. */
export async function freshDatabase(label: string): Promise<TestDatabase & { dropAndClose(): Promise<void> }> {
  const name = `test_${label}_${randomBytes(4).toString('hex')}`
  const uri = withDatabaseName(testServerUri(), name)
  const connection = await connectMongo(uri, { monitorCommands: true })
  const commands: string[] = []
  connection.client.on('commandStarted', (event) => {
    const collection = String((event.command as Record<string, unknown>)[event.commandName] ?? '')
    if (collection !== CHANGE_COLLECTIONS.head) commands.push(`${event.commandName} ${collection}`)
  })
  const { flavor } = await detectServer(connection.db)
  return {
    ...connection,
    uri,
    flavor,
    commandCount: () => commands.length,
    commandLog: () => [...commands],
    dropAndClose: async () => {
      await connection.db.dropDatabase().catch(() => {})
      await connection.close()
    },
  }
}
