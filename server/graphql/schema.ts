/**
 * The hub's GraphQL schema, built from the type-graphql classes. The same
 * build is printed to schema/schema.graphql, the public contract.
 */
import 'reflect-metadata'
import type { GraphQLSchema } from 'graphql'
import { buildSchema } from 'type-graphql'
import { HealthResolver } from '../health/health.resolver.ts'
import { InstitutionsResolver } from '../registry/institutions/institutions.resolver.ts'
import { StreetsResolver } from '../registry/places/streets.resolver.ts'
import { PushResolver } from '../registry/push/push.resolver.ts'
import { TeachersResolver } from '../registry/teachers/teachers.resolver.ts'
import { VenuesResolver } from '../registry/venues/venues.resolver.ts'
import { ComplianceResolver } from '../registry/compliance/compliance.resolver.ts'
import { CoursesResolver } from '../content/courses/courses.resolver.ts'
import { CourseFacetsResolver } from '../content/courses/courseFacets.resolver.ts'
import { SeriesResolver } from '../content/series/series.resolver.ts'
import { SeriesFacetsResolver } from '../content/series/seriesFacets.resolver.ts'
import { SessionsResolver } from '../content/sessions/sessions.resolver.ts'
import { CollectionsResolver } from '../content/collections/collections.resolver.ts'
import { SearchResolver } from '../content/search/search.resolver.ts'
import { PreviewResolver } from '../content/preview/preview.resolver.ts'
import { SubmissionsResolver } from '../collect/submissions.resolver.ts'
import {
  InstitutionCatalogueResolver,
  StreetCatalogueResolver,
  TeacherCatalogueResolver,
  VenueCatalogueResolver,
} from '../content/edges/registryEdges.resolver.ts'
import { CatalogueChangesResolver } from '../syndication/feed/catalogueChanges.resolver.ts'
import { CreditBankResolver } from '../syndication/creditBank/creditBank.resolver.ts'
import {
  CourseJsonLdResolver,
  LectureSeriesJsonLdResolver,
  SessionJsonLdResolver,
} from '../syndication/jsonLd/jsonLd.resolver.ts'

export const resolvers = [
  HealthResolver,
  StreetsResolver,
  InstitutionsResolver,
  TeachersResolver,
  VenuesResolver,
  PushResolver,
  ComplianceResolver,
  CoursesResolver,
  CourseFacetsResolver,
  SeriesResolver,
  SeriesFacetsResolver,
  SessionsResolver,
  CollectionsResolver,
  SearchResolver,
  PreviewResolver,
  SubmissionsResolver,
  TeacherCatalogueResolver,
  InstitutionCatalogueResolver,
  VenueCatalogueResolver,
  StreetCatalogueResolver,
  CatalogueChangesResolver,
  CourseJsonLdResolver,
  LectureSeriesJsonLdResolver,
  SessionJsonLdResolver,
  CreditBankResolver,
] as const

let built: Promise<GraphQLSchema> | undefined

export function hubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false })
  return built
}
