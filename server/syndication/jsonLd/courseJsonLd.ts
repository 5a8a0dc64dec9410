/**
 * A published course as a schema.org Course: provider, teachers on its
 * course instance, credit hours as credits the provincial credit bank
 * records, the price (free or in CNY) and its language.
 */
import type { CatalogueCourse } from '../../catalogue/courseProjection.ts'
import type { PublishedEntry } from '../../catalogue/publishedEntry.ts'
import type { LocalizedText } from '../../catalogue/versionedWrite.ts'
import { Locale, pick } from '../../content/shared/locale.ts'
import {
  audienceNode,
  compact,
  LANGUAGE,
  people,
  provider,
  topicNames,
  type JsonLdNode,
  type JsonLdSources,
} from './schemaOrgNodes.ts'

const COURSE_MODES: Record<string, string> = { ON_SITE: 'onsite', ONLINE: 'online', BLENDED: 'blended' }

export function credits(creditHours: number | null | undefined): JsonLdNode {
  if (!creditHours) return {}
  return {
    educationalCredentialAwarded: `浙江省学分银行 ${creditHours} 学时。${creditHours} credit hours at the Zhejiang credit bank.`,
    numberOfCredits: { '@type': 'StructuredValue', value: creditHours, unitText: '学时 credit hours' },
  }
}

export function offer(course: CatalogueCourse): JsonLdNode {
  const free = course.free !== false
  return {
    '@type': 'Offer',
    price: free ? 0 : (course.priceCny ?? undefined),
    priceCurrency: 'CNY',
    category: free ? 'Free' : 'Paid',
  }
}

/** What a course and a lecture series (also a schema.org Course) say alike: who it is, its names, text, language, picture, topics and audience. */
export function courseHead(
  entry: PublishedEntry & { summary?: LocalizedText; topics?: string[]; audiences?: string[] },
  kind: 'courses' | 'series',
  keywords: (string | null | undefined)[],
  sources: JsonLdSources,
): JsonLdNode {
  sources.versions.push(entry.version)
  return {
    '@type': 'Course',
    '@id': sources.links.schemaOrg(kind, entry.slug ?? entry._id),
    url: sources.links.page(kind, entry.slug ?? entry._id),
    courseCode: entry._id,
    name: pick(entry.title, Locale.ZH),
    alternateName: entry.title?.en ?? undefined,
    description: pick(entry.summary, Locale.ZH) ?? undefined,
    inLanguage: LANGUAGE,
    image: entry.coverUrl ?? undefined,
    keywords: [...keywords, ...topicNames(entry.topics)].filter(Boolean).join(',') || undefined,
    audience: audienceNode(entry.audiences),
    dateModified: new Date(entry.version).toISOString(),
  }
}

export async function courseJsonLd(course: CatalogueCourse, sources: JsonLdSources): Promise<JsonLdNode> {
  const [organization, instructors] = await Promise.all([
    provider(sources, course.providerId),
    people(sources, course.teacherIds),
  ])
  return compact({
    ...courseHead(course, 'courses', [], sources),
    provider: organization,
    hasCourseInstance: [
      compact({
        '@type': 'CourseInstance',
        courseMode: course.mode ? COURSE_MODES[course.mode] : undefined,
        instructor: instructors.length ? instructors : undefined,
        courseWorkload: course.durationMinutes ? `PT${course.durationMinutes}M` : undefined,
      }),
    ],
    ...credits(course.creditHours),
    offers: compact(offer(course)),
    isAccessibleForFree: course.free !== false,
  })
}
