/** Names of the published catalogue's collections (the read model the hub serves). */
export const CATALOGUE_COLLECTIONS = {
  courses: 'catalogue_courses',
} as const
