/**
 * Another machine's write, for replica tests: a separate process that
 * publishes or withdraws one course through the catalogue's own projection
 * (so it appends to the change log like the CMS does) and prints the moment
 * its write was done. Hubs in the test process learn of it only by polling.
 *
 * Usage: node --import tsx tests/support/changeWriter.ts <database uri> publish|withdraw <course id> <version ms>
 */
import { tombstone, toCatalogueCourse, writeProjection } from '../../server/catalogue/courseProjection.ts'
import { connectMongo } from '../../server/database/mongo.ts'

const [uri, action, id, version] = process.argv.slice(2)
const connection = await connectMongo(uri!)
const updatedAt = new Date(Number(version)).toISOString()
const result =
  action === 'publish'
    ? await writeProjection(
        connection.db,
        toCatalogueCourse({
          id: id!,
          updatedAt,
          _status: 'published',
          slug: id,
          title: { zh: `另一台机器的课程 ${id}` },
        }),
      )
    : await writeProjection(connection.db, tombstone(id!, Number(version)))
console.log(`${result} ${Date.now()}`)
await connection.close()
