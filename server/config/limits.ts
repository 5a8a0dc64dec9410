/**
 * Every limit the hub and the CMS enforce, in one place, so tests import the
 * same numbers the code uses and a change is made once.
 */
export const limits = {
  auth: {
    /** Wrong passwords in a row before an account is locked. */
    maxLoginAttempts: 5,
    /** How long a locked account stays locked. */
    lockTimeMs: 10 * 60 * 1000,
    /** Session token lifetime, in seconds. */
    tokenExpirationSeconds: 8 * 60 * 60,
  },
  uploads: {
    /** Largest media file accepted, in bytes. */
    maxFileBytes: 20 * 1024 * 1024,
  },
  database: {
    /** How long the launcher waits for the database to answer a ping. */
    readyTimeoutMs: 60_000,
  },
} as const
