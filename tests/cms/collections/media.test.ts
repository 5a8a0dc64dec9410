/**
 * Media uploads over REST: a file must match its declared kind and fit the
 * size limit, and a refusal stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { freshDatabase } from '../../support/database.ts'
import { startCms, type TestCms } from '../../support/cms.ts'
import { signIn } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n0\n%%EOF\n')

beforeAll(async () => {
  database = await freshDatabase('media')
  cms = await startCms(database)
  editor = (await signIn(cms, 'editor')).token!
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

async function upload(file: Buffer, name: string, type: string, kind: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ kind, alt: name }))
  const response = await fetch(`${cms.apiUrl}/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${editor}` },
    body: form,
  })
  return {
    status: response.status,
    body: (await response.json()) as {
      doc?: { url: string }
      errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
    },
  }
}

describe('media uploads', () => {
  it.each([
    ['a PNG cover', PNG, 'cover.png', 'image/png', 'image'],
    ['a PDF contract', PDF, 'contract.pdf', 'application/pdf', 'document'],
  ])('accepts %s', async (_case, file, name, type, kind) => {
    const response = await upload(file, name, type, kind)
    expect(response.status).toBe(201)
    expect(response.body.doc?.url).toContain(name.split('.')[0])
  })

  it.each([
    [
      'a PDF declared as an image',
      PDF,
      'poster.pdf',
      'application/pdf',
      'image',
      '“图片”须为图片（PNG、JPEG、WebP、GIF），收到 application/pdf。A image must be image/png, image/jpeg, image/webp, image/gif; got application/pdf.',
    ],
    [
      'a PNG declared as a document',
      PNG,
      'scan.png',
      'image/png',
      'document',
      '“文档”须为PDF 文档，收到 image/png。A document must be application/pdf; got image/png.',
    ],
  ])('refuses %s, storing nothing', async (_case, file, name, type, kind, message) => {
    const before = await database.db.collection('media').countDocuments()
    const response = await upload(file, name, type, kind)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.data?.errors).toEqual([{ path: 'file', message }])
    expect(await database.db.collection('media').countDocuments()).toBe(before)
  })

  it('refuses a file over the size limit', async () => {
    const big = Buffer.alloc(limits.uploads.maxFileBytes + 1024, 1)
    const response = await upload(Buffer.concat([PNG, big]), 'huge.png', 'image/png', 'image')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await database.db.collection('media').countDocuments({ filename: /huge/ })).toBe(0)
  })

  it('refuses an upload from an anonymous caller', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'anon.png')
    const response = await fetch(`${cms.apiUrl}/media`, { method: 'POST', body: form })
    expect(response.status).toBe(403)
  })
})
