/** Checks one pushed teacher and turns it into registry content. Pure. */
import { AUDIENCES, EMPLOYMENTS, POOL_LEVELS, TOPICS, keysOf } from '../../domain/vocabulary.ts'
import { externalId, oneOf, optionalEmail, optionalPhone, optionalText, Problems, requiredText, termList } from '../push/checks.ts'
import type { Normalized, NormalizeContext, Reference } from '../push/normalized.ts'
import { resolveReference } from '../shared/registryIds.ts'
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

  let streetId: string | null = null
  if (input.street) {
    const street = ctx.places.findStreet(input.street)
    if (street) streetId = street._id
    else problems.add(`${path}.street`, `未知街道“${input.street}”（拱墅区共 18 个街道）。Unknown street "${input.street}".`)
  } else if (poolLevel === 'STREET' || poolLevel === 'COMMUNITY') {
    problems.add(`${path}.street`, '街道级、社区级师资须填写街道。A street or community pool teacher needs a street.')
  }

  let institutionId: string | null = null
  if (input.institution) {
    institutionId = resolveReference(input.institution, ctx.source)
    references.push({ path: `${path}.institution`, id: institutionId })
  }

  const languages = (input.languages ?? []).map((language) => language.trim()).filter(Boolean)
  if (languages.some((language) => language.length > 20)) problems.add(`${path}.languages`, '语言名称过长。A language name is too long.')
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
