/**
 * Who may do what on the editorial desk, tried from the outside: over the
 * REST API and through the Local API as that user (`overrideAccess: false`).
 * Anonymous callers and partners see nothing here; coordinators see lecture
 * series (and schedule at their own street); editors do everything.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { fromHangzhou } from '../../../server/domain/scheduling/localTime.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { pushVenues } from '../../support/registryPush.ts'
import { venueRecord } from '../../support/registryRecords.ts'
import { signIn, signInCoordinator, signInPartner } from '../../support/users.ts'

type Role = 'anonymous' | 'partner' | 'coordinator' | 'editor'
type Operation = 'list' | 'read' | 'create' | 'update' | 'delete'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
const tokens: Partial<Record<Role, string>> = {}
const ids: Record<string, string> = {}
let hushuVenue: string

const FORBIDDEN = '您无权执行此操作。'

beforeAll(async () => {
  database = await freshDatabase('editorial_access')
  await seedRegistry(database.db)
  ;[hushuVenue] = (await pushVenues(database.db, [
    venueRecord('access-hall', { openingHours: [{ weekday: 'SATURDAY', opens: '08:00', closes: '18:00' }] }),
  ])) as [string]
  cms = await startCms(database)
  tokens.partner = (await signInPartner(cms, 'seed:partner-zjut')).token
  tokens.coordinator = (await signInCoordinator(cms, 'xiaohe')).token
  tokens.editor = (await signIn(cms, 'editor')).token
  for (const collection of ['courses', 'lecture-series', 'course-collections']) {
    const created = await cms.payload.create({
      collection: collection as 'courses',
      data: {
        title: `访问测试 ${collection}`,
        ...(collection === 'lecture-series'
          ? {
              sessions: [
                {
                  startsAt: fromHangzhou('2027-03-06', '09:00').toISOString(),
                  endsAt: fromHangzhou('2027-03-06', '10:00').toISOString(),
                  venue: hushuVenue,
                  status: 'scheduled',
                },
              ],
            }
          : {}),
      } as never,
      draft: true,
      overrideAccess: true,
    })
    ids[collection] = String(created.id)
  }
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

function call(role: Role, collection: string, operation: Operation) {
  const token = tokens[role]
  const id = ids[collection]
  switch (operation) {
    case 'list':
      return rest(cms, 'GET', `/${collection}?draft=true`, { token })
    case 'read':
      return rest(cms, 'GET', `/${collection}/${id}?draft=true`, { token })
    case 'create':
      return rest(cms, 'POST', `/${collection}?draft=true`, { token, body: { title: `${role} 新建` } })
    case 'update':
      return rest(cms, 'PATCH', `/${collection}/${id}?draft=true`, {
        token,
        body: collection === 'lecture-series' ? { sessions: [] } : { title: `${role} 修改` },
      })
    case 'delete':
      return rest(cms, 'DELETE', `/${collection}/${id}`, { token })
  }
}

const NOBODY: [Role, string, Operation][] = []
for (const role of ['anonymous', 'partner'] as Role[]) {
  for (const collection of ['courses', 'lecture-series', 'course-collections']) {
    for (const operation of ['list', 'read', 'create', 'update', 'delete'] as Operation[])
      NOBODY.push([role, collection, operation])
  }
}
for (const collection of ['courses', 'course-collections']) {
  for (const operation of ['list', 'read', 'create', 'update', 'delete'] as Operation[])
    NOBODY.push(['coordinator', collection, operation])
}
NOBODY.push(['coordinator', 'lecture-series', 'delete'])

describe('over REST', () => {
  it.each(NOBODY)('%s may not %s… (%s %s)', async (role, collection, operation) => {
    const response = await call(role, collection, operation)
    expect(response.status).toBe(403)
    expect((response.body as { errors: { message: string }[] }).errors[0]?.message).toBe(FORBIDDEN)
  })

  it('a partner’s list request does not even learn how many items exist', async () => {
    const response = await call('partner', 'courses', 'list')
    expect(response.body).not.toHaveProperty('totalDocs')
  })

  it('a coordinator of another street may read a series but not touch a session at a 湖墅 venue', async () => {
    expect((await call('coordinator', 'lecture-series', 'read')).status).toBe(200)
    const response = await call('coordinator', 'lecture-series', 'update')
    expect(response.status).toBe(400)
    expect((response.body as { errors: { data: { errors: unknown[] } }[] }).errors[0]?.data.errors).toEqual([
      { path: 'sessions', message: '不能删除其他街道场地的场次。You cannot remove sessions at other streets’ venues.' },
    ])
  })

  it.each(['courses', 'lecture-series', 'course-collections'])(
    'an editor reads, creates and updates %s',
    async (collection) => {
      for (const operation of ['list', 'read', 'create', 'update'] as Operation[]) {
        expect([operation, (await call('editor', collection, operation)).status]).toEqual([
          operation,
          operation === 'create' ? 201 : 200,
        ])
      }
    },
  )
})

describe('through the Local API as the user', () => {
  const asUser = async (role: 'partner' | 'coordinator') => {
    const { user } = await cms.payload.auth({ headers: new Headers({ authorization: `JWT ${tokens[role]}` }) })
    return user
  }

  it.each([
    ['partner', 'courses'],
    ['partner', 'lecture-series'],
    ['partner', 'course-collections'],
    ['coordinator', 'courses'],
    ['coordinator', 'course-collections'],
  ] as const)('%s cannot find %s', async (role, collection) => {
    const user = await asUser(role)
    await expect(
      cms.payload.find({ collection: collection as CollectionSlug, user, overrideAccess: false, draft: true }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      cms.payload.findByID({
        collection: collection as CollectionSlug,
        id: ids[collection]!,
        user,
        overrideAccess: false,
        draft: true,
      }),
    ).rejects.toThrow()
  })

  it('partner cannot update a course', async () => {
    const user = await asUser('partner')
    await expect(
      cms.payload.update({
        collection: 'courses',
        id: ids['courses']!,
        data: { title: '篡改' },
        user,
        overrideAccess: false,
        draft: true,
      }),
    ).rejects.toThrow(FORBIDDEN)
    const course = await cms.payload.findByID({
      collection: 'courses',
      id: ids['courses']!,
      draft: true,
      overrideAccess: true,
    })
    expect(course.title).not.toBe('篡改')
  })
})
