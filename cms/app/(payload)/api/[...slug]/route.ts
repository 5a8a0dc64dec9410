/* Payload's REST API under /api, behind the guard that refuses malformed query parameters and throttles failed sign-ins (cms/http/restGuard.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { createRateLimitStore } from '../../../../../server/http/rateLimitStore.ts'
import { restGuard } from '../../../../http/restGuard.ts'

// Memory, or Redis when REDIS_URL is set (shared by every copy of the admin app).
const guard = restGuard(config, createRateLimitStore(process.env.REDIS_URL))

export const GET = guard(REST_GET(config))
export const POST = guard(REST_POST(config))
export const DELETE = guard(REST_DELETE(config))
export const PATCH = guard(REST_PATCH(config))
export const PUT = guard(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
