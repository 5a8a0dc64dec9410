/**
 * Which kind of MongoDB-compatible server we are talking to. FerretDB
 * identifies itself in `buildInfo`; the CMS adapts to it (cms/compat).
 */
import type { Db } from 'mongodb'

export type DatabaseFlavor = 'mongodb' | 'ferretdb'

export interface ServerInfo {
  flavor: DatabaseFlavor
  /** FerretDB's own version when it is FerretDB, else MongoDB's. */
  version: string
}

export async function detectServer(db: Db): Promise<ServerInfo> {
  const info = await db.admin().command({ buildInfo: 1 })
  if ('ferretdbVersion' in info) {
    const ferret = String(info.ferretdbVersion)
    return { flavor: 'ferretdb', version: ferret === 'unknown' ? `compatible with MongoDB ${info.version}` : ferret }
  }
  return { flavor: 'mongodb', version: String(info.version) }
}
