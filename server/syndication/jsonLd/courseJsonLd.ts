/**
 * A published course as a schema.org Course: provider, teachers on its
 * course instance, credit hours as credits the provincial credit bank
 * records, the price (free or in CNY) and its language.
 */
import type { CatalogueCourse } from '../../catalogue/courseProjection.ts'
import { Locale, pick } from '../../content/shared/locale.ts'
import { audienceNode, compact, LANGUAGE, people, provider, topicNames, type JsonLdNode, type JsonLdSources } from './schemaOrgNodes.ts'

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
  return { '@type': 'Offer', price: free ? 0 : (course.priceCny ?? undefined), priceCurrency: 'CNY', category: free ? 'Free' : 'Paid' }
}

export async function courseJsonLd(course: CatalogueCourse, sources: JsonLdSources): Promise<JsonLdNode> {
  sources.versions.push(course.version)
  const [organization, instructors] = await Promise.all([provider(sources, course.providerId), people(sources, course.teacherIds)])
  return compact({
    '@type': 'Course',
    '@id': sources.links.schemaOrg('courses', course.slug ?? course._id),
    url: sources.links.page('courses', course.slug ?? course._id),
    courseCode: course._id,
    name: pick(course.title, Locale.ZH),
    alternateName: course.title?.en ?? undefined,
    description: pick(course.summary, Locale.ZH) ?? undefined,
    inLanguage: LANGUAGE,
    image: course.coverUrl ?? undefined,
    keywords: topicNames(course.topics).join(',') || undefined,
    audience: audienceNode(course.audiences),
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
    dateModified: new Date(course.version).toISOString(),
  })
}
