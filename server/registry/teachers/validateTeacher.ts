/** Checks one pushed teacher and turns it into registry content. Pure. */
import { AUDIENCES, EMPLOYMENTS, POOL_LEVELS, TOPICS, keysOf } from '../../domain/vocabulary.ts'
import {
  externalId,
  oneOf,
  optionalEmail,
  optionalPhone,
  optionalText,
  Problems,
  requiredText,
  termList,
} from '../push/checks.ts'
import type { Normalized, NormalizeContext, Reference } from '../push/normalized.ts'
import { institutionReference, streetField } from '../push/placeChecks.ts'
import type { TeacherContent } from './teacher.content.ts'
import type { TeacherInput } from './teacher.input.ts'

export function validateTeacher(input: TeacherInput, path: string, ctx: NormalizeContext): Normalized<TeacherContent> {
  const problems = new Problems()
  const references: Reference[] = []
  const id = externalId(input.externalId, `${path}.externalId`, problems)
  const name = requiredText(input.name, `${path}.name`, problems, 60)
  const poolLevel = oneOf(input.poolLevel, `${path}.poolLevel`, problems, keysOf(POOL_LEVELS))
  const employment = oneOf(input.employment, `${path}.employment`, problems, keysOf(EMPLOYMENTS))
  const topics = termList(input.topics, `${path}.topics`, problems, keysOf(TOPICS), 1)
  const audiences = termList(input.audiences, `${path}.audiences`, problems, keysOf(AUDIENCES), 1)

  const streetId = streetField(
    input.street,
    `${path}.street`,
    ctx,
    problems,
    poolLevel === 'STREET' || poolLevel === 'COMMUNITY'
      ? '街道级、社区级师资须填写街道。A street or community pool teacher needs a street.'
      : undefined,
  )
  const institutionId = input.institution
    ? institutionReference(input.institution, `${path}.institution`, ctx, references)
    : null

  const languages = (input.languages ?? []).map((language) => language.trim()).filter(Boolean)
  if (languages.some((language) => language.length > 20))
    problems.add(`${path}.languages`, '语言名称过长。A language name is too long.')
  const bio = optionalText(input.bio, `${path}.bio`, problems, 1000)
  const phone = optionalPhone(input.phone, `${path}.phone`, problems)
  const email = optionalEmail(input.email, `${path}.email`, problems)

  if (!problems.empty) return { externalId: id, content: undefined, problems: problems.list, references }
  return {
    externalId: id,
    problems: [],
    references,
    content: {
      name: name!,
      poolLevel: poolLevel!,
      institutionId,
      streetId,
      employment: employment!,
      topics: topics!,
      audiences: audiences!,
      bio: bio ?? null,
      languages: [...new Set(languages)],
      contact: { phone: phone ?? null, email: email ?? null },
      active: input.active ?? true,
    },
  }
}
