/** Names of the registry's MongoDB collections, in one place. */
export const REGISTRY_COLLECTIONS = {
  streets: 'registry_streets',
  communities: 'registry_communities',
  institutions: 'registry_institutions',
  teachers: 'registry_teachers',
  venues: 'registry_venues',
  budgets: 'registry_budgets',
  pushLog: 'registry_push_log',
} as const
