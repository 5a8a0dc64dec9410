/**
 * The direction of imports between the project's folders, as rules a
 * machine checks. The README's Layout section draws the same picture; this
 * table is what keeps the picture true when a new import would point the
 * wrong way. Each rule names the folders it governs and why, so a refusal
 * tells the reader which layer the import would break.
 */

/** One import found in the source: who imports what, and whether it is erased at compile time. */
export interface ImportEdge {
  from: string
  to: string
  typeOnly: boolean
}

export interface ImportRule {
  name: string
  why: string
  /** The importing file this rule governs. */
  appliesTo: (from: string) => boolean
  /** True when the import is allowed. */
  allows: (edge: ImportEdge) => boolean
}

const under = (...folders: string[]) => (file: string) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`))

/** Entry points: the commands, benchmarks and fuzzers. Only they assemble the desk, the hub and the seeds into running processes. */
export const isEntryPoint = under('server/cli')

/** What the desk and the hub share: pure rules, limits, errors, the database and its one module of unchecked casts, the change log, and the stores of the catalogue, the registry and syndication. */
const SHARED = under('server/domain', 'server/config', 'server/errors', 'server/database', 'server/compat', 'server/changes', 'server/catalogue', 'server/registry', 'server/syndication', 'server/http')

/** GraphQL's own files: type-graphql classes, inputs and resolvers, wherever their feature keeps them. */
const isGraphFile = (file: string) => /\.(resolver|type|input|filter)\.ts$/.test(file) || /\.resolve\.ts$/.test(file)

/** Payload's generated types are the desk's published contract: the hub may read them as types. */
const GENERATED_TYPES = 'cms/payload-types.ts'

export const IMPORT_RULES: readonly ImportRule[] = [
  {
    name: 'rules are pure',
    why: 'server/domain holds the rules both the desk and the hub run; they take data and return decisions, so they import nothing but each other and the limits.',
    appliesTo: under('server/domain', 'server/config'),
    allows: ({ to }) => under('server/domain', 'server/config')(to) || !isProjectFile(to),
  },
  {
    name: 'the hub does not import the desk',
    why: 'the hub runs without the admin (the graph role); it meets the desk only through the catalogue, the registry and an injected Payload, and reads the desk\'s generated types.',
    appliesTo: (from) => from.startsWith('server/') && !isEntryPoint(from),
    allows: ({ to, typeOnly }) => !to.startsWith('cms/') || (typeOnly && to === GENERATED_TYPES),
  },
  {
    name: 'the desk builds on the shared layer only',
    why: 'the desk may use the shared rules and stores, but not the hub\'s GraphQL machinery, its read model or its entry points.',
    appliesTo: (from) => from.startsWith('cms/'),
    allows: ({ to }) => !to.startsWith('server/') || (SHARED(to) && !isGraphFile(to)),
  },
  {
    name: 'seed data enters through entry points',
    why: 'seeds are data and the code that loads it; reference data the product needs at run time lives in the registry, not in seeds.',
    appliesTo: (from) => (from.startsWith('server/') || from.startsWith('cms/') || from.startsWith('schema/')) && !isEntryPoint(from),
    allows: ({ to }) => !to.startsWith('seeds/'),
  },
  {
    name: 'nothing imports an entry point',
    why: 'entry points assemble the rest; an import of one would run a command or pull every layer in.',
    appliesTo: (from) => !isEntryPoint(from) && !from.startsWith('tests/'),
    allows: ({ to }) => !isEntryPoint(to),
  },
  {
    name: 'product code does not import tests',
    why: 'tests import the product, never the other way; only benchmarks (entry points) borrow the browser driver from tests/support.',
    appliesTo: (from) => !isEntryPoint(from) && !from.startsWith('tests/'),
    allows: ({ to }) => !to.startsWith('tests/'),
  },
]

function isProjectFile(file: string): boolean {
  return /^(server|cms|seeds|schema|tests)\//.test(file)
}

export interface Violation {
  rule: string
  why: string
  edge: ImportEdge
}

export function violationsOf(edges: readonly ImportEdge[], rules: readonly ImportRule[] = IMPORT_RULES): Violation[] {
  const found: Violation[] = []
  for (const edge of edges) {
    for (const rule of rules) {
      if (rule.appliesTo(edge.from) && !rule.allows(edge)) found.push({ rule: rule.name, why: rule.why, edge })
    }
  }
  return found
}

/** The top two levels of a path (`server/registry`, `cms/collections`), for counting imports between folders. */
export function folderOf(file: string): string {
  const parts = file.split('/')
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!
}
