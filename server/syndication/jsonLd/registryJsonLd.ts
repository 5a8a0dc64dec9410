/**
 * Registry records as schema.org: a venue as a Place (address, seats,
 * opening hours), an institution as an EducationalOrganization within the
 * three-level network (its parent organisation).
 */
import type { InstitutionDocument } from '../../registry/institutions/institution.content.ts'
import type { VenueDocument } from '../../registry/venues/venue.content.ts'
import { compact, organizationNode, placeNode, type JsonLdNode, type JsonLdSources } from './schemaOrgNodes.ts'

export function venueJsonLd(venue: VenueDocument, sources: JsonLdSources): JsonLdNode {
  sources.versions.push(venue.pushedAt)
  return compact(placeNode(venue, sources.links))
}

export async function institutionJsonLd(institution: InstitutionDocument, sources: JsonLdSources): Promise<JsonLdNode> {
  sources.versions.push(institution.pushedAt)
  const parent = institution.parentId ? await sources.loaders.institution.load(institution.parentId) : null
  if (parent) sources.versions.push(parent.pushedAt)
  return compact({
    ...organizationNode(institution, sources.links),
    parentOrganization: parent
      ? {
          '@type': 'EducationalOrganization',
          '@id': sources.links.schemaOrg('institutions', parent._id),
          name: parent.name,
        }
      : undefined,
  })
}
