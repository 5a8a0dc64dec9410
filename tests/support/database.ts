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

/** A filter's fields and their first operator, without values: `{_id:$in,removed}`. */
function filterShape(command: Record<string, unknown>): string {
  const filter = (command.filter ??
    command.query ??
    (Array.isArray(command.pipeline)
      ? (command.pipeline[0] as Record<string, unknown> | undefined)?.$match
      : undefined)) as Record<string, unknown> | undefined
  if (!filter || typeof filter !== 'object') return ''
  const parts = Object.entries(filter).map(([key, value]) => {
    const operator =
      value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
        ? Object.keys(value)[0]
        : undefined
    return operator?.startsWith('$') ? `${key}:${operator}` : key
  })
  return `{${parts.join(',')}}`
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
  /** The commands counted, as `name collection {filter shape}` (e.g. `find registry_teachers {_id:$in}`), newest last. */
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
    if (collection !== CHANGE_COLLECTIONS.head)
      commands.push(`${event.commandName} ${collection} ${filterShape(event.command)}`.trim())
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
