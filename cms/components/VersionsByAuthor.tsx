/**
 * The versions list of courses, series and collections, with who made each
 * version: Payload's own list shows only when and which id, and editors asked
 * "who changed this?". Every version a document keeps (limits in
 * reviewedContent) is listed newest first, with its time on Beijing time, its
 * status, its author by name (never an address) and a link to compare it.
 */
import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import { clockOf } from './shanghaiTime.ts'

const WORDS = {
  zh: {
    heading: '版本',
    when: '时间',
    status: '状态',
    who: '编辑人',
    open: '查看与比较',
    published: '已发布',
    draft: '草稿',
    nobody: '—',
    none: '还没有版本。',
  },
  en: {
    heading: 'Versions',
    when: 'When',
    status: 'Status',
    who: 'Edited by',
    open: 'View and compare',
    published: 'Published',
    draft: 'Draft',
    nobody: '—',
    none: 'No versions yet.',
  },
}

const day = new Map<string, Intl.DateTimeFormat>()
function dateOf(value: string, language: 'zh' | 'en'): string {
  let format = day.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    })
    day.set(language, format)
  }
  return `${format.format(new Date(value))} ${clockOf(value, language)}`
}

export async function VersionsByAuthor(props: DocumentViewServerProps) {
  const { initPageResult } = props
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const language = req.i18n?.language === 'en' ? 'en' : 'zh'
  const words = WORDS[language]
  const versions = await req.payload.findVersions({
    // Mounted on the versioned collections only (courses, series, collections), whose versions share the fields read here.
    collection: collectionConfig.slug as 'courses',
    where: { parent: { equals: docID } },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const docs = versions.docs
  const authorIds = [
    ...new Set(
      docs
        .map((doc) => doc.version?.lastEditedBy)
        .map((by) => (typeof by === 'object' && by ? by.id : by))
        .filter((id): id is string => typeof id === 'string'),
    ),
  ]
  const authors = authorIds.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: authorIds } },
        depth: 0,
        limit: authorIds.length,
        req,
        overrideAccess: true,
        select: { displayName: true, name: true, role: true },
      })
    : { docs: [] }
  const nameOf = new Map(authors.docs.map((user) => [String(user.id), String(user.displayName ?? '')]))
  const adminRoute = req.payload.config.routes.admin

  return (
    <Gutter className="versions-by-author">
      <h2>{words.heading}</h2>
      {docs.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <div className="table">
          <table cellPadding="0" cellSpacing="0">
            <thead>
              <tr>
                <th>{words.when}</th>
                <th>{words.status}</th>
                <th>{words.who}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {docs.map((doc) => {
                const by = doc.version?.lastEditedBy
                const authorId = typeof by === 'object' && by ? by.id : by
                return (
                  <tr key={String(doc.id)} className="versions-by-author__row">
                    <td>{dateOf(doc.updatedAt, language)}</td>
                    <td>{doc.version?._status === 'published' ? words.published : words.draft}</td>
                    <td className="versions-by-author__who">{(authorId && nameOf.get(authorId)) || words.nobody}</td>
                    <td>
                      <a href={`${adminRoute}/collections/${collectionConfig.slug}/${docID}/versions/${doc.id}`}>
                        {words.open}
                      </a>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </Gutter>
  )
}
