/**
 * A collection (专题) as a schema.org ItemList of its courses and series, in
 * the editor's order, only those still published.
 */
import type { CatalogueCollection } from '../../catalogue/collectionProjection.ts'
import { Locale, pick } from '../../content/shared/locale.ts'
import { audienceNode, compact, LANGUAGE, type JsonLdNode, type JsonLdSources } from './schemaOrgNodes.ts'

export async function collectionJsonLd(collection: CatalogueCollection, sources: JsonLdSources): Promise<JsonLdNode> {
  sources.versions.push(collection.version)
  const items = await Promise.all(
    (collection.items ?? []).map(async (item) => {
      const entry =
        item.kind === 'COURSE' ? await sources.loaders.course.load(item.id) : await sources.loaders.series.load(item.id)
      if (!entry) return null
      sources.versions.push(entry.version)
      const kind = item.kind === 'COURSE' ? 'courses' : 'series'
      const key = entry.slug ?? entry._id
      return {
        '@type': 'Course',
        '@id': sources.links.schemaOrg(kind, key),
        url: sources.links.page(kind, key),
        name: pick(entry.title, Locale.ZH),
      }
    }),
  )
  const listed = items.filter((item) => item !== null)
  return compact({
    '@type': 'ItemList',
    '@id': sources.links.schemaOrg('collections', collection.slug ?? collection._id),
    url: sources.links.page('collections', collection.slug ?? collection._id),
    name: pick(collection.title, Locale.ZH),
    alternateName: collection.title?.en ?? undefined,
    description: pick(collection.intro, Locale.ZH) ?? pick(collection.theme, Locale.ZH) ?? undefined,
    inLanguage: LANGUAGE,
    audience: audienceNode(collection.audiences),
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: listed.length,
    itemListElement: listed.map((item, index) => ({ '@type': 'ListItem', position: index + 1, item })),
  })
}
