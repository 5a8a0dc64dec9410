/**
 * Reads the process environment once, with the defaults the README documents.
 * Everything else asks this module instead of reading process.env itself.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { limits } from './limits.ts'

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** The project folder, also when this file runs compiled from dist/ (`npm start`). */
export const projectRoot = path.basename(sourceRoot) === 'dist' ? path.dirname(sourceRoot) : sourceRoot

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number between 0 and 65535, got "${raw}"`)
  }
  return value
}

/** A duration in milliseconds from the environment, or the limit's default when unset. */
function msFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a whole number of milliseconds above 0, got "${raw}"`)
  return value
}

function readModeFromEnv(raw: string | undefined): 'memory' | 'database' {
  if (raw === undefined || raw === '' || raw === 'memory') return 'memory'
  if (raw === 'database') return 'database'
  throw new Error(`HUB_READ_MODEL must be "memory" or "database", got "${raw}"`)
}

export interface SmtpSettings {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
  /** The sender of notification emails. */
  from: string
  fromName: string
}

/** SMTP for notification emails; null when SMTP_HOST is unset (dev captures them locally, elsewhere none are sent). */
function smtpFromEnv(): SmtpSettings | null {
  const host = process.env.SMTP_HOST
  if (!host) return null
  return {
    host,
    port: intFromEnv('SMTP_PORT', 587),
    secure: process.env.SMTP_SECURE === 'true',
    user: process.env.SMTP_USER || undefined,
    pass: process.env.SMTP_PASS || undefined,
    from: process.env.MAIL_FROM || 'noreply@canal-hub.local',
    fromName: process.env.MAIL_FROM_NAME || '运河终身学习港',
  }
}

function trustProxyFromEnv(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined || raw === '') return undefined
  if (raw === 'true' || raw === 'false') return raw === 'true'
  return /^\d+$/.test(raw) ? Number(raw) : raw
}

export const env = {
  /** An external MongoDB (or compatible) server; when unset an embedded one is started. */
  mongodbUri: process.env.MONGODB_URI || undefined,
  /** Port for the embedded database. */
  dbPort: intFromEnv('DB_PORT', 27017),
  /** Folder for the embedded database's files. */
  dataDir: path.resolve(projectRoot, process.env.DATA_DIR || '.data'),
  /** Database name used by both the CMS and the hub. */
  dbName: process.env.DB_NAME || 'canal-learning-hub',
  hubPort: intFromEnv('HUB_PORT', 4000),
  adminPort: intFromEnv('ADMIN_PORT', 3000),
  /** Port of the jobs role's /healthz and /readyz. */
  jobsPort: intFromEnv('JOBS_PORT', 4100),
  /** `npm start`'s role when `--role` is not given (see config/processRoles.ts). */
  hubRole: process.env.HUB_ROLE || undefined,
  /** How often a jobs process looks for due jobs. */
  jobsIntervalMs: msFromEnv('HUB_JOBS_INTERVAL_MS', limits.production.jobsIntervalMs),
  /** A request slower than this is logged at warn. */
  slowRequestMs: msFromEnv('HUB_SLOW_REQUEST_MS', limits.logging.slowRequestMs),
  isProduction: process.env.NODE_ENV === 'production',
  /** Where public queries read: the in-memory read model (default) or the database. */
  readModel: readModeFromEnv(process.env.HUB_READ_MODEL),
  /** Rate-limit counts (graph requests, failed sign-ins) shared by every process; in memory when unset. */
  redisUrl: process.env.REDIS_URL || undefined,
  /** Express's `trust proxy` for the graph behind a load balancer: `true`, a hop count, or addresses. */
  trustProxy: trustProxyFromEnv(process.env.HUB_TRUST_PROXY),
  /** The GraphiQL explorer at GET /graphql: on in development, off in production unless HUB_EXPLORER=on. */
  explorer: process.env.HUB_EXPLORER ? process.env.HUB_EXPLORER === 'on' : process.env.NODE_ENV !== 'production',
  /** Introspection: on in development, off in production unless asked for. */
  introspection: process.env.HUB_INTROSPECTION
    ? process.env.HUB_INTROSPECTION === 'on'
    : process.env.NODE_ENV !== 'production',
  /**
   * The public site whose pages calendars and JSON-LD link to
   * (`<site>/courses/<slug>`, `/series/<slug>`, `/collections/<slug>`); unset,
   * they link to the hub's own schema.org documents.
   */
  publicSiteUrl: process.env.PUBLIC_SITE_URL?.replace(/\/+$/, '') || undefined,
  /**
   * The address platforms reach the hub at, for the absolute links in
   * schema.org documents the graph returns (`jsonLd`); HTTP routes use the
   * address they were asked at when this is unset.
   */
  hubPublicUrl: process.env.HUB_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
  smtp: smtpFromEnv(),
}
