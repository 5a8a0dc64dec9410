/**
 * Users of every role for access tests, created in the CMS and signed in
 * over its REST API; service accounts get an API key instead.
 */
import { randomBytes } from 'node:crypto'
import { payloadDb } from '../../cms/database/payloadDb.ts'
import type { User } from '../../cms/payload-types.ts'
import type { Role } from '../../server/domain/roles.ts'
import { seedRegistry } from '../../seeds/seedAll.ts'
import { REGISTRY_COLLECTIONS } from '../../server/registry/shared/collections.ts'
import { createUserAndLogin, rest, type TestCms } from './cms.ts'

export interface Credentials {
  token?: string
  apiKey?: string
}

let counter = 0
const unique = (role: string) => `${role}-${++counter}-${randomBytes(3).toString('hex')}@example.org`

/** A partner's institution when a suite names none: one the seed registry holds. */
export const DEFAULT_PARTNER_INSTITUTION = 'seed:partner-zjut'

/**
 * A partner account must name an institution the registry has (the CMS
 * refuses one that does not); suites that did not load the registry get the
 * seed registry the first time they create a partner.
 */
async function registered(cms: TestCms, institution: string): Promise<string> {
  const db = payloadDb(cms.payload)
  if (!(await db.collection<{ _id: string }>(REGISTRY_COLLECTIONS.institutions).findOne({ _id: institution })))
    await seedRegistry(db)
  return institution
}

/** An account to sign in with through a login form (browser tests); `signIn` and friends give tokens instead. */
export async function newAccount(
  cms: TestCms,
  role: Exclude<Role, 'service'>,
  extra: Record<string, string> = {},
): Promise<{ email: string; password: string }> {
  const account = { email: unique(role), password: 'test password 123' }
  const institution =
    role === 'partner' ? { institution: await registered(cms, extra.institution ?? DEFAULT_PARTNER_INSTITUTION) } : {}
  await cms.payload.create({
    collection: 'users',
    data: { ...account, role, ...extra, ...institution },
    overrideAccess: true,
  })
  return account
}

export async function signIn(
  cms: TestCms,
  role: 'admin' | 'editor',
  extra: Record<string, string> = {},
): Promise<Credentials> {
  return {
    token: await createUserAndLogin(cms, { email: unique(role), password: 'test password 123', role, ...extra }),
  }
}

/** A coordinator of `street` (a street id), or of none when null. */
export async function signInCoordinator(cms: TestCms, street: User['street']): Promise<Credentials> {
  return {
    token: await createUserAndLogin(cms, {
      email: unique('coordinator'),
      password: 'test password 123',
      role: 'coordinator',
      street,
    }),
  }
}

export async function signInPartner(cms: TestCms, institution: string): Promise<Credentials> {
  return {
    token: await createUserAndLogin(cms, {
      email: unique('partner'),
      password: 'test password 123',
      role: 'partner',
      institution: await registered(cms, institution),
    }),
  }
}

export async function serviceAccount(cms: TestCms, sourceSystem: string): Promise<Credentials> {
  const apiKey = randomBytes(16).toString('hex')
  await cms.payload.create({
    collection: 'users',
    data: {
      email: unique('service'),
      password: randomBytes(12).toString('hex'),
      role: 'service',
      sourceSystem,
      enableAPIKey: true,
      apiKey,
    },
    overrideAccess: true,
  })
  return { apiKey }
}

export type RoleName = 'anonymous' | 'partnerA' | 'partnerB' | 'coordinator' | 'editor' | 'service' | 'admin'

export interface Member extends Credentials {
  role: RoleName
  /** The account's id; empty for the anonymous caller. */
  id: string
}

/** The roles access tables try, in the order they print: partner A of zjut, partner B of zjsru, a coordinator of hushu. */
export const EVERY_ROLE: RoleName[] = ['anonymous', 'partnerA', 'partnerB', 'coordinator', 'editor', 'service', 'admin']

/** One signed-in member of every role (and the anonymous caller), with their account ids. */
export async function signInEveryRole(cms: TestCms): Promise<Record<RoleName, Member>> {
  const credentials: Record<RoleName, Credentials> = {
    anonymous: {},
    partnerA: await signInPartner(cms, 'seed:partner-zjut'),
    partnerB: await signInPartner(cms, 'seed:partner-zjsru'),
    coordinator: await signInCoordinator(cms, 'hushu'),
    editor: await signIn(cms, 'editor'),
    service: await serviceAccount(cms, 'access-tests'),
    admin: await signIn(cms, 'admin'),
  }
  const members = {} as Record<RoleName, Member>
  for (const role of EVERY_ROLE) {
    const own = credentials[role]
    const me = role === 'anonymous' ? null : await rest<{ user: { id: string } }>(cms, 'GET', '/users/me', own)
    members[role] = { role, ...own, id: me ? me.body.user.id : '' }
  }
  return members
}
