/**
 * A client's malformed input to Payload's REST API, tried from the outside as
 * a signed-in partner (and anonymously or as an editor for files): every row
 * is a 400 or 404 in Payload's error shape naming the parameter or field,
 * with no internal text, and nothing is written. Well-formed requests next to
 * them still pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { createCall } from '../../support/collect.ts'
import { signIn, signInPartner } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let partner: string
let editor: string
let partnerId: string
let draft: string

beforeAll(async () => {
  database = await freshDatabase('bad_rest_input')
  await seedRegistry(database.db)
  cms = await startCms(database)
  partner = (await signInPartner(cms, 'seed:partner-zjut')).token!
  editor = (await signIn(cms, 'editor')).token!
  partnerId = (await rest<{ user: { id: string } }>(cms, 'GET', '/users/me', { token: partner })).body.user.id
  await createCall(cms)
  draft = (
    await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', { token: partner, body: { title: '原来的标题' } })
  ).body.doc.id
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

/** A rich-text value whose paragraphs nest `depth` levels under the root. */
function nestedRichText(depth: number): string {
  let node = '{"type":"text","text":"x","version":1}'
  for (let level = 0; level < depth; level++) node = `{"type":"paragraph","version":1,"children":[${node}]}`
  return `{"root":{"type":"root","version":1,"children":[${node}]}}`
}

type Who = 'partner' | 'editor' | 'anonymous'

interface Row {
  name: string
  who: Who
  method: string
  path: string
  /** Sent as written: some bodies cannot be built with JSON.stringify. */
  body?: string
  status: number
  /** What the first error's message must name. */
  names: RegExp
}

const json = (value: unknown) => JSON.stringify(value)

const ROWS: Row[] = [
  {
    name: 'an operator inside equals',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[title][equals][$ne]=x',
    status: 400,
    names: /where\.title\.equals/,
  },
  {
    name: 'near on a text field',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[title][near]=120,30,1000,0',
    status: 400,
    names: /where\.title\.near.*Only a point field/,
  },
  {
    name: 'within on a text field',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[title][within][type]=Polygon',
    status: 400,
    names: /where\.title\.within/,
  },
  {
    name: 'intersects on a text field',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[title][intersects][type]=Point',
    status: 400,
    names: /where\.title\.intersects/,
  },
  {
    name: 'where that is not an object',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where=notanobject',
    status: 400,
    names: /^where：/,
  },
  {
    name: 'where as JSON with a $ operator',
    who: 'partner',
    method: 'GET',
    path: `/submissions?where=${encodeURIComponent('{"title":{"$regex":".*"}}')}`,
    status: 400,
    names: /where\.title\.\$regex/,
  },
  {
    name: 'a list where equals takes one value',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[title][equals][0]=a&where[title][equals][1]=b',
    status: 400,
    names: /where\.title\.equals.*one plain value/,
  },
  {
    name: 'an operator inside or',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[or][0][title][equals][$gt]=',
    status: 400,
    names: /where\.or\.0\.title\.equals/,
  },
  {
    name: 'contains on a date',
    who: 'partner',
    method: 'GET',
    path: '/calls?where[createdAt][contains]=2026-01-01T00:00:00.000Z',
    status: 400,
    names: /where\.createdAt\.contains.*Only a text field/,
  },
  // Caught behind the guards, where the database layer casts the value: the error hook still makes it a 400.
  {
    name: 'ids that are not ids',
    who: 'editor',
    method: 'GET',
    path: '/courses?where[id][in]=x,y',
    status: 400,
    names: /^id：值的类型不对。id has a value of the wrong type\./,
  },
  {
    name: 'a field named __proto__',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[__proto__][equals]=x&where[constructor][prototype][in]=y',
    status: 400,
    names: /where\.__proto__/,
  },
  {
    name: 'text compared with a number',
    who: 'partner',
    method: 'GET',
    path: '/calls?where[figures.committedCny][greater_than]=运河',
    status: 400,
    names: /where\.figures\.committedCny\.greater_than：须为数字。committedCny is a number\./,
  },
  {
    name: 'text compared with a date',
    who: 'partner',
    method: 'GET',
    path: '/calls?where[deadline][less_than]=soon',
    status: 400,
    names: /deadline is a date/,
  },
  {
    name: 'text in a list of yes/no',
    who: 'editor',
    method: 'GET',
    path: '/courses?where[free][in]=true,运河',
    status: 400,
    names: /free is true or false/,
  },
  {
    name: 'an unknown operator',
    who: 'partner',
    method: 'GET',
    path: '/submissions?where[title][regex]=x',
    status: 400,
    names: /Unknown operator regex/,
  },
  {
    name: 'sort by $where',
    who: 'partner',
    method: 'GET',
    path: '/submissions?sort=$where',
    status: 400,
    names: /^sort：/,
  },
  {
    name: 'sort by " title" (a + in a query string)',
    who: 'partner',
    method: 'GET',
    path: '/submissions?sort=+title',
    status: 400,
    names: /^sort：/,
  },
  { name: 'sort by "-"', who: 'partner', method: 'GET', path: '/submissions?sort=-', status: 400, names: /^sort：/ },
  {
    name: 'depth that is not a number',
    who: 'partner',
    method: 'GET',
    path: '/submissions?depth=abc',
    status: 400,
    names: /^depth：/,
  },
  {
    name: 'a negative limit',
    who: 'partner',
    method: 'GET',
    path: '/submissions?limit=-1',
    status: 400,
    names: /^limit：/,
  },
  { name: 'page 0', who: 'partner', method: 'GET', path: '/submissions?page=0', status: 400, names: /^page：/ },
  {
    name: 'an unknown locale',
    who: 'partner',
    method: 'GET',
    path: '/submissions?locale=xx',
    status: 400,
    names: /^locale：/,
  },
  {
    name: 'a bulk delete with an operator in where',
    who: 'partner',
    method: 'DELETE',
    path: '/submissions?where[title][equals][$ne]=x',
    status: 400,
    names: /where\.title\.equals/,
  },
  {
    name: 'a title that is an operator',
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: json({ title: { $gt: '' } }),
    status: 400,
    names: /title/,
  },
  {
    name: 'a summary that is an operator',
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: json({ title: '新申报', summary: { $gt: '' } }),
    status: 400,
    names: /summary/,
  },
  {
    name: 'a title that is an object',
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: json({ title: { a: 1 } }),
    status: 400,
    names: /title/,
  },
  {
    name: 'an edit with an operator for a title',
    who: 'partner',
    method: 'PATCH',
    path: '/submissions/DRAFT',
    body: json({ title: { $gt: '' } }),
    status: 400,
    names: /title/,
  },
  {
    name: 'an operator for the own role',
    who: 'partner',
    method: 'PATCH',
    path: '/users/SELF',
    body: json({ role: { $ne: 'partner' } }),
    status: 400,
    names: /role/,
  },
  {
    name: 'a rich-text key holding a NUL byte',
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: json({ title: '新申报', syllabus: { root: { type: 'root', version: 1, children: [], 'a\u0000b': 1 } } }),
    status: 400,
    names: /syllabus: syllabus：键名不能含 NUL 字符/,
  },
  {
    name: 'rich text 5,000 levels deep',
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: `{"title":"新申报","syllabus":${nestedRichText(5_000)}}`,
    status: 400,
    names: new RegExp(`syllabus: .*syllabus nests deeper than ${limits.cmsInput.maxJsonDepth} levels`),
  },
  {
    name: `rich text ${limits.cmsInput.maxRichTextDepth + 2} levels deep`,
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: `{"title":"新申报","syllabus":${nestedRichText(limits.cmsInput.maxRichTextDepth + 2)}}`,
    status: 400,
    names: new RegExp(`syllabus.*rich text nests deeper than ${limits.cmsInput.maxRichTextDepth}`),
  },
  {
    name: 'a body of 100,000 nested arrays',
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: `{"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    status: 400,
    names: new RegExp(`title: .*title nests deeper than ${limits.cmsInput.maxJsonDepth} levels`),
  },
  {
    name: 'a body that is a list',
    who: 'partner',
    method: 'POST',
    path: '/submissions',
    body: '[1]',
    status: 400,
    names: /The document must be a JSON object/,
  },
  {
    name: 'a media file that is not on the disk (anonymous)',
    who: 'anonymous',
    method: 'GET',
    path: '/media/file/nothere.png',
    status: 404,
    names: /No such file/,
  },
  {
    name: 'an attachment file that is not on the disk (editor)',
    who: 'editor',
    method: 'GET',
    path: '/attachments/file/nothere.pdf',
    status: 404,
    names: /No such file/,
  },
  {
    name: 'a doubly encoded path out of the media folder',
    who: 'anonymous',
    method: 'GET',
    path: '/media/file/%252e%252e%252fpayload-secret',
    status: 404,
    names: /No such file/,
  },
  {
    name: 'a NUL in a file name',
    who: 'anonymous',
    method: 'GET',
    path: '/media/file/a%00b',
    status: 400,
    names: /file name/,
  },
]

/** Text that would betray the server's insides. */
const INTERNAL = /CastError|Cast to|Mongo|BSON|TypeError|RangeError|SyntaxError|stack|node_modules|Something went wrong/

async function send(row: Pick<Row, 'who' | 'method' | 'path' | 'body'>) {
  const headers: Record<string, string> = {}
  if (row.body !== undefined) headers['content-type'] = 'application/json'
  const token = row.who === 'partner' ? partner : row.who === 'editor' ? editor : undefined
  if (token) headers.authorization = `JWT ${token}`
  const path = row.path.replace('DRAFT', draft).replace('SELF', partnerId)
  const response = await fetch(`${cms.apiUrl}${path}`, { method: row.method, headers, body: row.body })
  return { status: response.status, text: await response.text() }
}

describe('malformed REST input', () => {
  let before: { submissions: number; draftTitle: unknown; role: unknown }

  beforeAll(async () => {
    before = {
      submissions: await database.db.collection('submissions').countDocuments(),
      draftTitle: (await cms.payload.findByID({ collection: 'submissions', id: draft })).title,
      role: (await cms.payload.findByID({ collection: 'users', id: partnerId })).role,
    }
  })

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const answer = await send(row)
    expect(answer.status).toBe(row.status)
    const body = JSON.parse(answer.text) as {
      errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
    }
    // Payload's ValidationError says which fields in its message and why in data.errors.
    const said = [
      body.errors[0]?.message,
      ...(body.errors[0]?.data?.errors ?? []).map((problem) => `${problem.path}: ${problem.message}`),
    ].join(' | ')
    expect(said).toMatch(row.names)
    expect(answer.text).not.toMatch(INTERNAL)
  })

  it('left every object as it was (no key of a query reached Object.prototype)', () => {
    expect(Object.keys(Object.prototype)).toEqual([])
    expect(({} as Record<string, unknown>).equals).toBeUndefined()
  })

  it('wrote nothing', async () => {
    expect(await database.db.collection('submissions').countDocuments()).toBe(before.submissions)
    expect((await cms.payload.findByID({ collection: 'submissions', id: draft })).title).toBe(before.draftTitle)
    expect((await cms.payload.findByID({ collection: 'users', id: partnerId })).role).toBe(before.role)
  })
})

describe('well-formed REST input next to it', () => {
  it.each([
    [
      'a filtered, sorted, paged list',
      '/submissions?where[title][equals]=原来的标题&sort=-createdAt,title&depth=0&limit=5&page=1&locale=zh&fallback-locale=none',
    ],
    [
      'where as JSON',
      `/submissions?where=${encodeURIComponent('{"or":[{"title":{"like":"原来"}},{"title":{"in":["a","b"]}}]}')}`,
    ],
    ['every locale', '/submissions?locale=all&where[title][exists]=true'],
    [
      'numbers, dates and yes/no compared as such',
      '/submissions?where[offeredForSale][not_equals]=true&where[createdAt][less_than]=2999-01-01&where[priceCny][not_in]=-1,2.5',
    ],
  ])('passes %s', async (_name, path) => {
    const answer = await rest<{ docs: { id: string }[] }>(cms, 'GET', path, { token: partner })
    expect(answer.status).toBe(200)
    expect(answer.body.docs.map((doc) => doc.id)).toEqual([draft])
  })

  it('accepts a list with no rows sent as the admin sends it (its row count, 0)', async () => {
    const saved = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
      token: partner,
      body: { title: '空计划的提案', sessionPlan: 0, history: 0 },
    })
    expect(saved.status).toBe(201)
    const stored = await cms.payload.findByID({
      collection: 'submissions',
      id: saved.body.doc.id,
      overrideAccess: true,
    })
    expect([stored.title, stored.sessionPlan ?? []]).toEqual(['空计划的提案', []])
  })

  it(`accepts rich text ${limits.cmsInput.maxRichTextDepth} levels deep and a plain edit`, async () => {
    const created = await send({
      who: 'partner',
      method: 'POST',
      path: '/submissions',
      body: `{"title":"深的大纲","syllabus":${nestedRichText(limits.cmsInput.maxRichTextDepth - 1)}}`,
    })
    expect(created.status).toBe(201)
    const edited = await rest(cms, 'PATCH', `/submissions/${draft}`, {
      token: partner,
      body: { title: '改过的标题', summary: '一段简介' },
    })
    expect(edited.status).toBe(200)
    expect((await cms.payload.findByID({ collection: 'submissions', id: draft })).title).toBe('改过的标题')
  })
})
