/** Checks one pushed venue and turns it into its electronic archive. Pure. */
import { FACILITIES, VENUE_STATUSES, WEEKDAYS, keysOf, type Weekday } from '../../domain/vocabulary.ts'
import { areaM2, coordinate, externalId, oneOf, Problems, requiredText, termList, timeOfDay } from '../push/checks.ts'
import type { Normalized, NormalizeContext, Reference } from '../push/normalized.ts'
import { communityField, institutionReference, streetField } from '../push/placeChecks.ts'
import type { OpeningHours, VenueContent } from './venue.content.ts'
import type { VenueInput } from './venue.input.ts'

export const VENUE_AREA_RANGE_M2 = { min: 5, max: 20_000 }
export const VENUE_CAPACITY_MAX = 5_000
/** Separate opening ranges on one weekday (e.g. morning, afternoon, evening). */
export const MAX_RANGES_PER_DAY = 3

export function validateVenue(input: VenueInput, path: string, ctx: NormalizeContext): Normalized<VenueContent> {
  const problems = new Problems()
  const references: Reference[] = []
  const id = externalId(input.externalId, `${path}.externalId`, problems)
  const name = requiredText(input.name, `${path}.name`, problems)
  const address = requiredText(input.address, `${path}.address`, problems, 300)

  const streetId = streetField(
    input.street,
    `${path}.street`,
    ctx,
    problems,
    '场地须填写所属街道。A venue needs a street.',
  )
  const communityId = communityField(
    input.community,
    { written: input.street, id: streetId },
    `${path}.community`,
    ctx,
    problems,
  )

  let ownerId: string | undefined
  if (!input.owner) problems.add(`${path}.owner`, '须填写管理机构。A venue needs an owner institution.')
  else ownerId = institutionReference(input.owner, `${path}.owner`, ctx, references)

  const floorAreaM2 = areaM2(input.floorAreaM2, `${path}.floorAreaM2`, problems, VENUE_AREA_RANGE_M2)
  let capacity: number | undefined
  if (typeof input.capacity !== 'number' || !Number.isInteger(input.capacity))
    problems.add(`${path}.capacity`, '座位数须为整数。Capacity must be a whole number.')
  else if (input.capacity < 0)
    problems.add(
      `${path}.capacity`,
      `座位数不能为负数（收到 ${input.capacity}）。Capacity must not be negative (got ${input.capacity}).`,
    )
  else if (input.capacity === 0 || input.capacity > VENUE_CAPACITY_MAX)
    problems.add(
      `${path}.capacity`,
      `座位数须在 1–${VENUE_CAPACITY_MAX} 之间。Capacity must be 1–${VENUE_CAPACITY_MAX}.`,
    )
  else capacity = input.capacity

  const latitude = coordinate(input.latitude, `${path}.latitude`, problems, -90, 90)
  const longitude = coordinate(input.longitude, `${path}.longitude`, problems, -180, 180)
  if ((latitude === null) !== (longitude === null))
    problems.add(`${path}.latitude`, '经纬度须同时填写或同时留空。Give both latitude and longitude, or neither.')

  const facilities = termList(input.facilities, `${path}.facilities`, problems, keysOf(FACILITIES))
  const openingHours = validateOpeningHours(input.openingHours ?? [], `${path}.openingHours`, problems)
  const status = input.status ? oneOf(input.status, `${path}.status`, problems, keysOf(VENUE_STATUSES)) : 'ACTIVE'
  const archiveDocuments = (input.archiveDocuments ?? []).map((document, index) => ({
    title: requiredText(document.title, `${path}.archiveDocuments.${index}.title`, problems) ?? '',
    file: requiredText(document.file, `${path}.archiveDocuments.${index}.file`, problems, 500) ?? '',
  }))

  if (!problems.empty) return { externalId: id, content: undefined, problems: problems.list, references }
  return {
    externalId: id,
    problems: [],
    references,
    content: {
      name: name!,
      ownerId: ownerId!,
      streetId: streetId!,
      communityId,
      address: address!,
      location:
        latitude !== null && longitude !== null && latitude !== undefined && longitude !== undefined
          ? { latitude, longitude }
          : null,
      floorAreaM2: floorAreaM2!,
      capacity: capacity!,
      facilities: facilities!,
      openingHours: openingHours!,
      openIndex: openIndexOf(openingHours!),
      freeForPublicBenefit: input.freeForPublicBenefit ?? true,
      archiveDocuments,
      status: status!,
    },
  }
}

const WEEKDAY_ORDER = keysOf(WEEKDAYS)

function validateOpeningHours(
  hours: { weekday: string; opens: string; closes: string }[],
  path: string,
  problems: Problems,
): OpeningHours[] | undefined {
  const clean: OpeningHours[] = []
  hours.forEach((entry, index) => {
    const weekday = oneOf(entry.weekday, `${path}.${index}.weekday`, problems, WEEKDAY_ORDER)
    const opens = timeOfDay(entry.opens, `${path}.${index}.opens`, problems)
    const closes = timeOfDay(entry.closes, `${path}.${index}.closes`, problems)
    if (!weekday || !opens || !closes) return
    if (opens >= closes) {
      problems.add(
        `${path}.${index}.closes`,
        `关门时间 ${closes} 须晚于开门时间 ${opens}。Closing time must be after opening time.`,
      )
      return
    }
    const overlap = clean.find((other) => other.weekday === weekday && other.opens < closes && opens < other.closes)
    if (overlap) {
      problems.add(
        `${path}.${index}`,
        `${WEEKDAYS[weekday].zh}的开放时间重叠（${overlap.opens}–${overlap.closes}）。Overlaps another range on ${WEEKDAYS[weekday].en}.`,
      )
      return
    }
    if (clean.filter((other) => other.weekday === weekday).length >= MAX_RANGES_PER_DAY) {
      problems.add(
        `${path}.${index}`,
        `${WEEKDAYS[weekday].zh}最多 ${MAX_RANGES_PER_DAY} 个开放时段。At most ${MAX_RANGES_PER_DAY} ranges on ${WEEKDAYS[weekday].en}.`,
      )
      return
    }
    clean.push({ weekday: weekday as Weekday, opens, closes })
  })
  clean.sort(
    (a, b) => WEEKDAY_ORDER.indexOf(a.weekday) - WEEKDAY_ORDER.indexOf(b.weekday) || a.opens.localeCompare(b.opens),
  )
  return problems.empty ? clean : undefined
}

export function openIndexOf(hours: OpeningHours[]): Record<string, { opens: string; closes: string }> {
  const index: Record<string, { opens: string; closes: string }> = {}
  for (const { weekday, opens, closes } of hours) {
    let slot = 0
    while (index[`${weekday}_${slot}`]) slot++
    index[`${weekday}_${slot}`] = { opens, closes }
  }
  return index
}
