/**
 * GET /api/registry-search?kind=teachers&q=王 (or &ids=a,b): the searchable
 * list behind the admin's registry picker, for the people who work in the
 * admin: editors, administrators, street coordinators (offered only the venues
 * of their street) and partners, who propose teachers and venues in their
 * submissions. It tells no more than the public graph does; systems that push
 * records (service accounts) have no use for it.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { limits } from '../../server/config/limits.ts'
import { hasRole } from '../access/roles.ts'
import { REGISTRY_KINDS, type RegistryKind } from '../../server/registry/shared/collections.ts'
import { searchRegistry, type RegistrySearch } from '../registry/searchRegistry.ts'

const KINDS: readonly RegistryKind[] = REGISTRY_KINDS

function answer(status: number, body: unknown): Response {
  // The answer depends on who asks: no shared cache may keep it.
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })
}

const refuse = (status: number, message: string) => answer(status, { errors: [{ message }] })

export const registrySearchEndpoint: Endpoint = {
  path: '/registry-search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(401, '请先登录。Sign in first.')
    if (!hasRole(req.user, 'admin', 'editor', 'coordinator', 'partner'))
      return refuse(403, '无权查询登记库。This account may not search the registry.')

    const params = req.searchParams
    const kind = params.get('kind') as RegistryKind | null
    if (!kind || !KINDS.includes(kind))
      return refuse(400, `kind 须为 ${KINDS.join('、')} 之一。kind must be one of ${KINDS.join(', ')}.`)

    const text = (params.get('q') ?? '').trim()
    const { maxQueryLength, maxIds } = limits.registrySearch
    if (text.length > maxQueryLength)
      return refuse(400, `搜索词最多 ${maxQueryLength} 个字。Search text is limited to ${maxQueryLength} characters.`)

    const idsParam = params.get('ids')
    const ids =
      idsParam === null
        ? undefined
        : [
            ...new Set(
              idsParam
                .split(',')
                .map((id) => id.trim())
                .filter(Boolean),
            ),
          ]
    if (ids && ids.length > maxIds)
      return refuse(400, `一次最多查询 ${maxIds} 个编号。At most ${maxIds} ids at a time.`)

    const search: RegistrySearch = { kind, text, ids, language: req.i18n?.language === 'en' ? 'en' : 'zh' }
    if (kind === 'venues' && hasRole(req.user, 'coordinator')) {
      const street = req.user?.street
      if (!street) return refuse(403, '该协调员账号未设置所属街道。This coordinator account has no street.')
      search.streetId = street
    }
    return answer(200, await searchRegistry(req.payload, search))
  },
}
