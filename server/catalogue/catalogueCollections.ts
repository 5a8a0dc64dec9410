/** Names of the published catalogue's collections (the read model the hub serves). */
export const CATALOGUE_COLLECTIONS = {
  courses: 'catalogue_courses',
  series: 'catalogue_series',
  /** One document per session of a published series, for calendar queries. */
  sessions: 'catalogue_sessions',
  collections: 'catalogue_collections',
} as const
