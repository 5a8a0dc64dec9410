/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ComplianceReport($year: Int!) {\n  complianceReport(year: $year) {\n    year\n    district {\n      ...ComplianceSectionFields\n    }\n    streets {\n      ...ComplianceSectionFields\n    }\n  }\n}\n\nfragment ComplianceSectionFields on ComplianceSectionType {\n  scope\n  population\n  pass\n  street {\n    id\n    name\n  }\n  checks {\n    rule\n    clause\n    figure\n    threshold\n    pass\n    records {\n      id\n      name\n      figure\n      pass\n    }\n  }\n}": typeof types.ComplianceReportDocument,
    "query CourseCatalogue($filter: CourseFilter, $first: Int, $after: String, $locale: Locale = ZH) {\n  courses(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title(locale: $locale)\n        summary(locale: $locale)\n        topics\n        audiences\n        mode\n        creditHours\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.CourseCatalogueDocument,
    "query CourseDetail($slug: String!, $locale: Locale = ZH) {\n  course(slug: $slug) {\n    id\n    slug\n    title(locale: $locale)\n    summary(locale: $locale)\n    topics\n    audiences\n    mode\n    creditHours\n    publishedAt\n    provider {\n      id\n      name\n      kind\n      street {\n        name\n      }\n    }\n    teachers {\n      id\n      name\n      topics\n      institution {\n        name\n      }\n    }\n  }\n}": typeof types.CourseDetailDocument,
    "query Health {\n  health {\n    status\n    version\n    database {\n      reachable\n      kind\n      version\n    }\n  }\n}": typeof types.HealthDocument,
    "query InstitutionTree($id: ID!) {\n  institution(id: $id) {\n    id\n    name\n    kind\n    level\n    address\n    contactPhone\n    floorAreaM2\n    fullTimeStaff\n    partTimeStaff\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      kind\n    }\n    provenance {\n      source\n      externalId\n      pushedAt\n      pushedBy\n    }\n  }\n}": typeof types.InstitutionTreeDocument,
    "query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n  institutions(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        level\n        isPartner\n        street {\n          id\n          name\n        }\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.InstitutionsDocument,
    "mutation PushInstitutions($source: String!, $records: [InstitutionInput!]!) {\n  pushInstitutions(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}": typeof types.PushInstitutionsDocument,
    "mutation PushTeachers($source: String!, $records: [TeacherInput!]!) {\n  pushTeachers(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}": typeof types.PushTeachersDocument,
    "mutation PushVenues($source: String!, $records: [VenueInput!]!) {\n  pushVenues(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}\n\nfragment PushReportFields on PushReport {\n  pushId\n  source\n  created\n  updated\n  unchanged\n  rejected\n  records {\n    index\n    externalId\n    id\n    status\n    problems {\n      path\n      reason\n    }\n  }\n}": typeof types.PushVenuesDocument,
    "query Streets {\n  streets {\n    id\n    name\n    nameEn\n    residentPopulation\n  }\n}": typeof types.StreetsDocument,
    "query Teachers($filter: TeacherFilter, $first: Int, $after: String) {\n  teachers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        poolLevel\n        employment\n        topics\n        audiences\n        languages\n        institution {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n        contact {\n          phone\n          email\n        }\n      }\n    }\n  }\n}": typeof types.TeachersDocument,
    "query Venues($filter: VenueFilter, $first: Int, $after: String) {\n  venues(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        address\n        capacity\n        floorAreaM2\n        facilities\n        status\n        freeForPublicBenefit\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        owner {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.VenuesDocument,
};
const documents: Documents = {
    "query ComplianceReport($year: Int!) {\n  complianceReport(year: $year) {\n    year\n    district {\n      ...ComplianceSectionFields\n    }\n    streets {\n      ...ComplianceSectionFields\n    }\n  }\n}\n\nfragment ComplianceSectionFields on ComplianceSectionType {\n  scope\n  population\n  pass\n  street {\n    id\n    name\n  }\n  checks {\n    rule\n    clause\n    figure\n    threshold\n    pass\n    records {\n      id\n      name\n      figure\n      pass\n    }\n  }\n}": types.ComplianceReportDocument,
    "query CourseCatalogue($filter: CourseFilter, $first: Int, $after: String, $locale: Locale = ZH) {\n  courses(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title(locale: $locale)\n        summary(locale: $locale)\n        topics\n        audiences\n        mode\n        creditHours\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.CourseCatalogueDocument,
    "query CourseDetail($slug: String!, $locale: Locale = ZH) {\n  course(slug: $slug) {\n    id\n    slug\n    title(locale: $locale)\n    summary(locale: $locale)\n    topics\n    audiences\n    mode\n    creditHours\n    publishedAt\n    provider {\n      id\n      name\n      kind\n      street {\n        name\n      }\n    }\n    teachers {\n      id\n      name\n      topics\n      institution {\n        name\n      }\n    }\n  }\n}": types.CourseDetailDocument,
    "query Health {\n  health {\n    status\n    version\n    database {\n      reachable\n      kind\n      version\n    }\n  }\n}": types.HealthDocument,
    "query InstitutionTree($id: ID!) {\n  institution(id: $id) {\n    id\n    name\n    kind\n    level\n    address\n    contactPhone\n    floorAreaM2\n    fullTimeStaff\n    partTimeStaff\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      kind\n    }\n    provenance {\n      source\n      externalId\n      pushedAt\n      pushedBy\n    }\n  }\n}": types.InstitutionTreeDocument,
    "query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n  institutions(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        level\n        isPartner\n        street {\n          id\n          name\n        }\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.InstitutionsDocument,
    "mutation PushInstitutions($source: String!, $records: [InstitutionInput!]!) {\n  pushInstitutions(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}": types.PushInstitutionsDocument,
    "mutation PushTeachers($source: String!, $records: [TeacherInput!]!) {\n  pushTeachers(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}": types.PushTeachersDocument,
    "mutation PushVenues($source: String!, $records: [VenueInput!]!) {\n  pushVenues(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}\n\nfragment PushReportFields on PushReport {\n  pushId\n  source\n  created\n  updated\n  unchanged\n  rejected\n  records {\n    index\n    externalId\n    id\n    status\n    problems {\n      path\n      reason\n    }\n  }\n}": types.PushVenuesDocument,
    "query Streets {\n  streets {\n    id\n    name\n    nameEn\n    residentPopulation\n  }\n}": types.StreetsDocument,
    "query Teachers($filter: TeacherFilter, $first: Int, $after: String) {\n  teachers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        poolLevel\n        employment\n        topics\n        audiences\n        languages\n        institution {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n        contact {\n          phone\n          email\n        }\n      }\n    }\n  }\n}": types.TeachersDocument,
    "query Venues($filter: VenueFilter, $first: Int, $after: String) {\n  venues(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        address\n        capacity\n        floorAreaM2\n        facilities\n        status\n        freeForPublicBenefit\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        owner {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.VenuesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceReport($year: Int!) {\n  complianceReport(year: $year) {\n    year\n    district {\n      ...ComplianceSectionFields\n    }\n    streets {\n      ...ComplianceSectionFields\n    }\n  }\n}\n\nfragment ComplianceSectionFields on ComplianceSectionType {\n  scope\n  population\n  pass\n  street {\n    id\n    name\n  }\n  checks {\n    rule\n    clause\n    figure\n    threshold\n    pass\n    records {\n      id\n      name\n      figure\n      pass\n    }\n  }\n}"): (typeof documents)["query ComplianceReport($year: Int!) {\n  complianceReport(year: $year) {\n    year\n    district {\n      ...ComplianceSectionFields\n    }\n    streets {\n      ...ComplianceSectionFields\n    }\n  }\n}\n\nfragment ComplianceSectionFields on ComplianceSectionType {\n  scope\n  population\n  pass\n  street {\n    id\n    name\n  }\n  checks {\n    rule\n    clause\n    figure\n    threshold\n    pass\n    records {\n      id\n      name\n      figure\n      pass\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourseCatalogue($filter: CourseFilter, $first: Int, $after: String, $locale: Locale = ZH) {\n  courses(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title(locale: $locale)\n        summary(locale: $locale)\n        topics\n        audiences\n        mode\n        creditHours\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CourseCatalogue($filter: CourseFilter, $first: Int, $after: String, $locale: Locale = ZH) {\n  courses(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title(locale: $locale)\n        summary(locale: $locale)\n        topics\n        audiences\n        mode\n        creditHours\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourseDetail($slug: String!, $locale: Locale = ZH) {\n  course(slug: $slug) {\n    id\n    slug\n    title(locale: $locale)\n    summary(locale: $locale)\n    topics\n    audiences\n    mode\n    creditHours\n    publishedAt\n    provider {\n      id\n      name\n      kind\n      street {\n        name\n      }\n    }\n    teachers {\n      id\n      name\n      topics\n      institution {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query CourseDetail($slug: String!, $locale: Locale = ZH) {\n  course(slug: $slug) {\n    id\n    slug\n    title(locale: $locale)\n    summary(locale: $locale)\n    topics\n    audiences\n    mode\n    creditHours\n    publishedAt\n    provider {\n      id\n      name\n      kind\n      street {\n        name\n      }\n    }\n    teachers {\n      id\n      name\n      topics\n      institution {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Health {\n  health {\n    status\n    version\n    database {\n      reachable\n      kind\n      version\n    }\n  }\n}"): (typeof documents)["query Health {\n  health {\n    status\n    version\n    database {\n      reachable\n      kind\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstitutionTree($id: ID!) {\n  institution(id: $id) {\n    id\n    name\n    kind\n    level\n    address\n    contactPhone\n    floorAreaM2\n    fullTimeStaff\n    partTimeStaff\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      kind\n    }\n    provenance {\n      source\n      externalId\n      pushedAt\n      pushedBy\n    }\n  }\n}"): (typeof documents)["query InstitutionTree($id: ID!) {\n  institution(id: $id) {\n    id\n    name\n    kind\n    level\n    address\n    contactPhone\n    floorAreaM2\n    fullTimeStaff\n    partTimeStaff\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      kind\n    }\n    provenance {\n      source\n      externalId\n      pushedAt\n      pushedBy\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n  institutions(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        level\n        isPartner\n        street {\n          id\n          name\n        }\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n  institutions(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        level\n        isPartner\n        street {\n          id\n          name\n        }\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PushInstitutions($source: String!, $records: [InstitutionInput!]!) {\n  pushInstitutions(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}"): (typeof documents)["mutation PushInstitutions($source: String!, $records: [InstitutionInput!]!) {\n  pushInstitutions(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PushTeachers($source: String!, $records: [TeacherInput!]!) {\n  pushTeachers(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}"): (typeof documents)["mutation PushTeachers($source: String!, $records: [TeacherInput!]!) {\n  pushTeachers(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PushVenues($source: String!, $records: [VenueInput!]!) {\n  pushVenues(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}\n\nfragment PushReportFields on PushReport {\n  pushId\n  source\n  created\n  updated\n  unchanged\n  rejected\n  records {\n    index\n    externalId\n    id\n    status\n    problems {\n      path\n      reason\n    }\n  }\n}"): (typeof documents)["mutation PushVenues($source: String!, $records: [VenueInput!]!) {\n  pushVenues(source: $source, records: $records) {\n    ...PushReportFields\n  }\n}\n\nfragment PushReportFields on PushReport {\n  pushId\n  source\n  created\n  updated\n  unchanged\n  rejected\n  records {\n    index\n    externalId\n    id\n    status\n    problems {\n      path\n      reason\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Streets {\n  streets {\n    id\n    name\n    nameEn\n    residentPopulation\n  }\n}"): (typeof documents)["query Streets {\n  streets {\n    id\n    name\n    nameEn\n    residentPopulation\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Teachers($filter: TeacherFilter, $first: Int, $after: String) {\n  teachers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        poolLevel\n        employment\n        topics\n        audiences\n        languages\n        institution {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n        contact {\n          phone\n          email\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Teachers($filter: TeacherFilter, $first: Int, $after: String) {\n  teachers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        poolLevel\n        employment\n        topics\n        audiences\n        languages\n        institution {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n        contact {\n          phone\n          email\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Venues($filter: VenueFilter, $first: Int, $after: String) {\n  venues(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        address\n        capacity\n        floorAreaM2\n        facilities\n        status\n        freeForPublicBenefit\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        owner {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Venues($filter: VenueFilter, $first: Int, $after: String) {\n  venues(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        address\n        capacity\n        floorAreaM2\n        facilities\n        status\n        freeForPublicBenefit\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        owner {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;