/**
 * Builds the CMS configuration for one database. The admin app and the dev
 * command use it through `payload.config.ts`; tests call it with a database
 * of their own.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type SanitizedConfig } from 'payload'
import { Courses } from '../collections/Courses.ts'
import { Media } from '../collections/Media.ts'
import { Users } from '../collections/Users.ts'
import { ferretdbSafeKeys, mongoAdapterFor, type DatabaseFlavor } from '../compat/ferretdb.ts'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface PayloadConfigOptions {
  /** Full connection string including the database name. */
  databaseUri: string
  flavor: DatabaseFlavor
  secret: string
  serverURL?: string
  /** Tests pass 'error' to keep their output readable. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error'
}

export function createPayloadConfig(options: PayloadConfigOptions): Promise<SanitizedConfig> {
  return buildConfig({
    secret: options.secret,
    serverURL: options.serverURL,
    db: mongoAdapterFor(options.databaseUri, options.flavor),
    editor: lexicalEditor(),
    collections: [Users, Media, Courses],
    plugins: [ferretdbSafeKeys(options.flavor)],
    admin: {
      user: Users.slug,
      meta: { titleSuffix: ' · 运河终身学习港' },
      importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js') },
    },
    // The admin speaks Chinese unless a user picks English.
    i18n: {
      supportedLanguages: { zh, en },
      fallbackLanguage: 'zh',
    },
    localization: {
      locales: [
        { code: 'zh', label: '中文' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'zh',
      fallback: true,
    },
    typescript: {
      // Generating types on every start spawns a child process that keeps jest alive;
      // `npm run generate` writes them on purpose instead.
      autoGenerate: false,
      outputFile: path.join(cmsDir, 'payload-types.ts'),
    },
    telemetry: false,
    logger: { options: { level: options.logLevel ?? 'info' } },
    // A wrong password or a refused request is the client's mistake, not the server's.
    loggingLevels: {
      AuthenticationError: 'info',
      Forbidden: 'info',
      LockedAuth: 'warn',
      NotFound: 'info',
      ValidationError: 'info',
    },
  })
}
