/** Names of the registry's MongoDB collections, and the kinds of record pushed to it, in one place. */

/** The kinds of registry record departments push and documents refer to. */
export const REGISTRY_KINDS = ['institutions', 'teachers', 'venues'] as const
export type RegistryKind = (typeof REGISTRY_KINDS)[number]

export const REGISTRY_COLLECTIONS = {
  streets: 'registry_streets',
  communities: 'registry_communities',
  institutions: 'registry_institutions',
  teachers: 'registry_teachers',
  venues: 'registry_venues',
  budgets: 'registry_budgets',
  pushLog: 'registry_push_log',
} as const
