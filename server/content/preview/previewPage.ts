/**
 * The admin's 预览 Preview button opens this: a draft as the public graph
 * would serve it, on a plain bilingual page. The page is the answer of the
 * graph's own preview query (`coursePreview`, `seriesPreview`,
 * `collectionPreview`), run through the hub's Apollo server with the
 * viewer of this request, so what an editor reads here is exactly what a
 * frontend would get, and the same rule decides who may read it: the
 * editor's own admin session (Payload's `payload-token` cookie, which the
 * browser sends because the hub and the admin share the host name) or a JWT.
 * Partners and anonymous visitors get a page saying why not.
 */
import type { ApolloServer } from '@apollo/server'
import { Router, type Request } from 'express'
import { AUDIENCES, TOPICS } from '../../domain/vocabulary.ts'
import type { HubContext } from '../../graphql/context.ts'
import type { PreviewKind } from '../../domain/editorial/previewPaths.ts'

/** A draft is the editors' own: never cached, never framed or sniffed, no script runs, and its address is not passed on to the sites it links to. */
const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

const COURSE = `query CoursePreviewPage($id: ID!) { coursePreview(id: $id) {
  id slug title titleEn: title(locale: EN) summary summaryEn: summary(locale: EN) topics audiences
  creditHours durationMinutes free priceCny provider { name } teachers { name } } }`
const SERIES = `query SeriesPreviewPage($id: ID!) { seriesPreview(id: $id) {
  id slug title titleEn: title(locale: EN) summary summaryEn: summary(locale: EN) topics audiences brand
  sessions { title titleEn: title(locale: EN) startsAt endsAt status capacity onlineUrl venue { name address } teachers { name } } } }`
const COLLECTION = `query CollectionPreviewPage($id: ID!) { collectionPreview(id: $id) {
  id slug title titleEn: title(locale: EN) theme themeEn: theme(locale: EN) intro introEn: intro(locale: EN) audiences
  items { __typename ... on Course { title titleEn: title(locale: EN) } ... on LectureSeries { title titleEn: title(locale: EN) } } } }`

const KINDS: Record<PreviewKind, { query: string; field: string; noun: { zh: string; en: string } }> = {
  courses: { query: COURSE, field: 'coursePreview', noun: { zh: '课程', en: 'course' } },
  series: { query: SERIES, field: 'seriesPreview', noun: { zh: '系列讲座', en: 'lecture series' } },
  collections: { query: COLLECTION, field: 'collectionPreview', noun: { zh: '专题', en: 'collection' } },
}

type Row = Record<string, unknown>

const escape = (text: unknown) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})
const when = (iso: unknown) => (typeof iso === 'string' ? shanghai.format(new Date(iso)) : '')

const terms = (values: unknown, vocabulary: Record<string, { zh: string; en: string }>) =>
  (Array.isArray(values) ? values : []).map(
    (value) => vocabulary[String(value)] ?? { zh: String(value), en: String(value) },
  )

const names = (list: unknown) =>
  (Array.isArray(list) ? list : [])
    .map((item) => (item as Row | null)?.name)
    .filter(Boolean)
    .join('、')

function both(zh: unknown, en: unknown, tag = 'p'): string {
  const english = en && en !== zh ? `<${tag} lang="en" class="en">${escape(en)}</${tag}>` : ''
  return zh ? `<${tag} lang="zh-CN">${escape(zh)}</${tag}>${english}` : ''
}

function facts(rows: [string, string][]): string {
  const shown = rows.filter(([, value]) => value !== '')
  return shown.length ? `<dl>${shown.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>` : ''
}

function body(kind: PreviewKind, item: Row): string {
  const title = `<h1 lang="zh-CN">${escape(item.title)}</h1>${item.titleEn && item.titleEn !== item.title ? `<p class="en subtitle" lang="en">${escape(item.titleEn)}</p>` : ''}`
  const vocab = facts([
    [
      '主题 Topics',
      terms(item.topics, TOPICS)
        .map((term) => `${escape(term.zh)} ${escape(term.en)}`)
        .join('；'),
    ],
    [
      '学习对象 Audiences',
      terms(item.audiences, AUDIENCES)
        .map((term) => `${escape(term.zh)} ${escape(term.en)}`)
        .join('；'),
    ],
  ])
  if (kind === 'courses') {
    return `${title}${both(item.summary, item.summaryEn)}${vocab}${facts([
      ['提供机构 Provider', escape((item.provider as Row | null)?.name)],
      ['授课教师 Teachers', escape(names(item.teachers))],
      ['学时 Credit hours', escape(item.creditHours)],
      ['时长（分钟）Minutes', escape(item.durationMinutes)],
      ['费用 Price', item.free ? '免费 Free' : item.priceCny != null ? `${escape(item.priceCny)} 元 CNY` : ''],
    ])}`
  }
  if (kind === 'series') {
    const sessions = (item.sessions as Row[]).map((session, index) => {
      const venue = session.venue as Row | null
      return `<li><h3>第 ${String(index + 1).padStart(2, '0')} 场 Session ${index + 1}${session.status === 'CANCELLED' ? ' · 已取消 Cancelled' : ''}</h3>${both(session.title, session.titleEn)}${facts(
        [
          ['时间 When', `${escape(when(session.startsAt))} – ${escape(when(session.endsAt))}`],
          ['场地 Venue', venue ? `${escape(venue.name)}（${escape(venue.address)}）` : ''],
          ['授课教师 Teachers', escape(names(session.teachers))],
          ['人数上限 Capacity', escape(session.capacity)],
          ['线上链接 Online', escape(session.onlineUrl)],
        ],
      )}</li>`
    })
    return `${title}${both(item.summary, item.summaryEn)}${vocab}<h2>场次 Sessions（${sessions.length}）</h2><ol class="sessions">${sessions.join('')}</ol>`
  }
  const items = (item.items as Row[]).map(
    (entry) =>
      `<li>${entry.__typename === 'Course' ? '课程 Course' : '系列讲座 Series'}：${escape(entry.title)}${entry.titleEn && entry.titleEn !== entry.title ? ` <span lang="en" class="en">${escape(entry.titleEn)}</span>` : ''}</li>`,
  )
  return `${title}${both(item.theme, item.themeEn)}${both(item.intro, item.introEn)}${vocab}<h2>内容 Items（${items.length}，仅已发布 published only）</h2><ol>${items.join('')}</ol>`
}

function page(status: number, heading: string, content: string): { status: number; html: string } {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)}</title><style>
body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}
.banner{background:#fff4d6;border:1px solid #e0c060;padding:.5rem .75rem;border-radius:4px}.en{color:#555}.subtitle{margin-top:-.75rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{color:#666}dd{margin:0}.sessions li{margin-bottom:1rem}
</style></head><body>${content}</body></html>`
  return { status, html }
}

function refusal(status: number, zh: string, en: string) {
  return page(
    status,
    '无法预览 Preview refused',
    `<h1>无法预览</h1><p class="refusal" lang="zh-CN">${escape(zh)}</p><p class="refusal en" lang="en">${escape(en)}</p>`,
  )
}

export async function renderPreview(
  apollo: ApolloServer<HubContext>,
  context: HubContext,
  kind: PreviewKind,
  id: string,
): Promise<{ status: number; html: string }> {
  const { query, field, noun } = KINDS[kind]
  const response = await apollo.executeOperation({ query, variables: { id } }, { contextValue: context })
  if (response.body.kind !== 'single') throw new Error('a preview query answered incrementally')
  const { data, errors } = response.body.singleResult
  const code = errors?.[0]?.extensions?.code
  if (code === 'UNAUTHENTICATED')
    return refusal(
      401,
      '请先在管理后台登录：只有编辑和管理员可以预览草稿。',
      'Sign in to the admin first: only editors and administrators preview drafts.',
    )
  if (code === 'FORBIDDEN')
    return refusal(
      403,
      '只有编辑和管理员可以预览草稿，此账号不能预览。',
      'Only editors and administrators preview drafts; this account may not.',
    )
  if (errors?.length) {
    const message = errors[0]!.message
    return refusal(code === 'BAD_USER_INPUT' ? 400 : 500, message, message)
  }
  const item = (data as Row | null | undefined)?.[field] as Row | null | undefined
  if (!item) return refusal(404, `没有编号为 ${id} 的${noun.zh}。`, `No ${noun.en} with id ${id}.`)
  const banner = `<p class="banner">预览 · 最新草稿，按公共接口的返回显示；尚未发布的修改只在此可见。<br><span lang="en">Preview · the latest draft, as the public graph answers for it; unpublished changes show only here.</span></p>`
  return page(200, `预览 Preview · ${String(item.title)}`, `${banner}${body(kind, item)}`)
}

/** `GET /preview/{courses|series|collections}/:id` on the hub. */
export function previewRoutes(
  apollo: ApolloServer<HubContext>,
  contextFor: (headers: Headers) => Promise<HubContext>,
): Router {
  const router = Router()
  router.get('/preview/:kind/:id', async (request: Request<{ kind: string; id: string }>, response, next) => {
    try {
      if (!Object.hasOwn(KINDS, request.params.kind)) return next()
      const headers = new Headers()
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === 'string') headers.set(name, value)
      const { status, html } = await renderPreview(
        apollo,
        await contextFor(headers),
        request.params.kind as PreviewKind,
        request.params.id,
      )
      response
        .status(status)
        .set({ ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' })
        .send(html)
    } catch (error) {
      next(error)
    }
  })
  return router
}
