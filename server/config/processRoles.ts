/**
 * Which parts of the hub one `npm start` process runs, so each scales on its
 * own: `graph` (the public graph), `admin` (the Payload admin and REST API),
 * `jobs` (the jobs queue: scheduled publishing, license expiry) or `all`.
 * From `--role <name>`, else HUB_ROLE, else `all`.
 */
export const PROCESS_ROLES = ['graph', 'admin', 'jobs', 'all'] as const
export type ProcessRole = (typeof PROCESS_ROLES)[number]

export class RoleError extends Error {}

export function roleFrom(argv: string[], envRole: string | undefined): ProcessRole {
  const index = argv.findIndex((arg) => arg === '--role' || arg.startsWith('--role='))
  const raw =
    index === -1 ? envRole || 'all' : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1]
  if (!PROCESS_ROLES.includes(raw as ProcessRole))
    throw new RoleError(`--role (or HUB_ROLE) must be one of ${PROCESS_ROLES.join(', ')}, got "${raw ?? ''}"`)
  return raw as ProcessRole
}

/** The parts a role runs. */
export function partsOf(role: ProcessRole): { graph: boolean; admin: boolean; jobs: boolean } {
  return {
    graph: role === 'graph' || role === 'all',
    admin: role === 'admin' || role === 'all',
    jobs: role === 'jobs' || role === 'all',
  }
}
