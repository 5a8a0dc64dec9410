/**
 * The CMS configuration for this process, read from the environment the dev
 * command (or a deployment) sets: DATABASE_URI, DATABASE_FLAVOR, PAYLOAD_SECRET,
 * PAYLOAD_RUN_JOBS, and SMTP_* for notification emails.
 */
import { env } from '../server/config/env.ts'
import { createPayloadConfig } from './config/createPayloadConfig.ts'

const secret = process.env.PAYLOAD_SECRET
if (!secret) {
  throw new Error('PAYLOAD_SECRET is not set: start the hub with `npm run dev`, or set it (any long random string).')
}

export default createPayloadConfig({
  databaseUri: process.env.DATABASE_URI ?? `mongodb://127.0.0.1:${env.dbPort}/${env.dbName}`,
  flavor: process.env.DATABASE_FLAVOR === 'mongodb' ? 'mongodb' : 'ferretdb',
  secret,
  serverURL: process.env.ADMIN_URL,
  // The dev command works the jobs queue in its own process and tells the admin not to.
  jobs: process.env.PAYLOAD_RUN_JOBS === 'false' ? false : undefined,
  email: env.smtp,
})
