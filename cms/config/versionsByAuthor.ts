/**
 * Collections whose saves record who edited them (`lastEditedBy`, written by
 * the review workflow) list their versions with each version's author
 * (cms/components/VersionsByAuthor.tsx) instead of Payload's list of ids.
 */
import type { CollectionConfig } from 'payload'

export function withVersionsByAuthor(collection: CollectionConfig): CollectionConfig {
  const recordsEditor = collection.fields.some((field) => 'name' in field && field.name === 'lastEditedBy')
  if (!recordsEditor || !collection.versions) return collection
  const admin = collection.admin ?? {}
  const views = admin.components?.views ?? {}
  const edit = (views as { edit?: Record<string, unknown> }).edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        views: {
          ...views,
          edit: { ...edit, versions: { Component: '/components/VersionsByAuthor.tsx#VersionsByAuthor' } },
        },
      },
    },
  }
}
