/**
 * Creates the first administrator when the CMS has no users yet. Credentials
 * come from ADMIN_EMAIL / ADMIN_PASSWORD, or a password is generated, printed
 * once and kept (readable only by this user) in the data folder.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

export const DEFAULT_ADMIN_EMAIL = 'admin@canal-hub.local'

export interface FirstAdminResult {
  created: boolean
  email?: string
}

export async function ensureFirstAdmin(
  payload: Payload,
  dataDir: string,
  log: (line: string) => void,
): Promise<FirstAdminResult> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { created: false }

  const email = process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  const generated = !process.env.ADMIN_PASSWORD
  const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: '系统管理员', role: 'admin' },
    overrideAccess: true,
  })

  if (generated) {
    mkdirSync(dataDir, { recursive: true })
    const file = path.join(dataDir, 'admin-credentials.txt')
    writeFileSync(file, `email: ${email}\npassword: ${password}\n`, { mode: 0o600 })
    log(`first administrator created: ${email} / ${password} (also saved in ${file})`)
  } else {
    log(`first administrator created: ${email} (password from ADMIN_PASSWORD)`)
  }
  return { created: true, email }
}
