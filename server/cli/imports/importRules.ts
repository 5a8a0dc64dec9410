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
  /** A project file, or `package:<specifier>` for a package or a Node built-in. */
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

export const PACKAGE = 'package:'

const under =
  (...folders: string[]) =>
  (file: string) =>
    folders.some((folder) => file === folder || file.startsWith(`${folder}/`))
const isPackage = (to: string) => to.startsWith(PACKAGE)

/** Entry points: the commands, benchmarks, fuzzers and build tools. Only they assemble the desk, the hub and the seeds into running processes. */
export const isEntryPoint = under('server/cli')

/**
 * The shared layer: what the desk loads from server/ and the hub builds on
 * too. Pure rules, limits, errors, the database and its one module of
 * unchecked casts, the change log, the published catalogue's documents, the
 * registry's shared names, and the parts of syndication the desk's jobs run
 * (webhook delivery, reading the change log) and the rate-limit store its
 * sign-in shares with the graph.
 */
export const isShared = under(
  'server/domain',
  'server/config',
  'server/errors',
  'server/database',
  'server/compat',
  'server/changes',
  'server/catalogue',
  'server/registry/shared',
  'server/syndication/webhooks',
  'server/syndication/feed/readChanges.ts',
  'server/syndication/feed/commitCache.ts',
  'server/http/rateLimitStore.ts',
)

/** GraphQL's own files: type-graphql classes, inputs and resolvers, wherever their feature keeps them. */
const isGraphFile = (file: string) => /\.(resolver|type|input|filter)\.ts$/.test(file) || /\.resolve\.ts$/.test(file)

/** Payload's generated types are the desk's published contract: the hub may read them as types. */
const GENERATED_TYPES = 'cms/payload-types.ts'

export const IMPORT_RULES: readonly ImportRule[] = [
  {
    name: 'rules are pure',
    why: 'server/domain holds the rules both the desk and the hub run; they take data and return decisions, so they import nothing but each other and the limits: no database, no package, no I/O.',
    appliesTo: under('server/domain'),
    allows: ({ to, typeOnly }) => under('server/domain', 'server/config/limits.ts')(to) || (typeOnly && isPackage(to)),
  },
  {
    name: 'the hub does not import the desk',
    why: "the hub runs without the admin (the graph role); it meets the desk only through the catalogue, the registry and an injected Payload, and reads the desk's generated types.",
    appliesTo: (from) => from.startsWith('server/') && !isEntryPoint(from),
    allows: ({ to, typeOnly }) => !to.startsWith('cms/') || (typeOnly && to === GENERATED_TYPES),
  },
  {
    name: 'the desk builds on the shared layer only',
    why: "the desk may load the shared rules and stores, and read other documents' shapes as types, but never the hub's GraphQL machinery, its read model or its entry points.",
    appliesTo: (from) => from.startsWith('cms/'),
    allows: ({ to, typeOnly }) =>
      !to.startsWith('server/') || isShared(to) || (typeOnly && !isGraphFile(to) && !isEntryPoint(to)),
  },
  {
    name: 'the shared layer stays shared',
    why: 'what the desk loads must not pull the hub in behind it: a shared file loads only other shared files.',
    appliesTo: isShared,
    allows: ({ to, typeOnly }) => isPackage(to) || typeOnly || isShared(to),
  },
  {
    name: 'seed data enters through entry points',
    why: 'seeds are data and the code that loads it; reference data the product needs at run time lives in the registry or the domain, not in seeds.',
    appliesTo: (from) =>
      (from.startsWith('server/') || from.startsWith('cms/') || from.startsWith('schema/')) && !isEntryPoint(from),
    allows: ({ to }) => !to.startsWith('seeds/'),
  },
  {
    name: 'nothing in the product imports an entry point',
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
