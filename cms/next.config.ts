/* Next.js serves only the Payload admin and its REST API; the public graph is the hub. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

// The admin writes times on the district's clock, on the server as in its editors' browsers (a page rendered on a UTC server would disagree with itself once hydrated).
process.env.TZ ||= 'Asia/Shanghai'

const nextConfig: NextConfig = {
  // node_modules lives one level up, at the project root.
  turbopack: { root: path.resolve(cmsDir, '..') },
  outputFileTracingRoot: path.resolve(cmsDir, '..'),
  // `npm run typecheck` checks the whole project once (CI runs it first); the admin build need not again.
  typescript: { tsconfigPath: '../tsconfig.json', ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
