/**
 * The venue registry (场地资源库) as street branches would register it: eight
 * venues per street across branch halls, community rooms, canal-side outdoor
 * spaces and partner halls, with electronic archives, opening hours and a few
 * venues under renovation or closed, so lending and search have varied data.
 */
import type { OpeningHoursInput, VenueInput } from '../../server/registry/venues/venue.input.ts'
import type { Facility, InstitutionKind, Weekday } from '../../server/domain/vocabulary.ts'
import { GONGSHU_STREETS } from '../places/streets.ts'
import { createRandom, type Random } from '../random.ts'
import { PARTNERS, branchId, communitiesOf, schoolId, streetAddress } from './institutions.ts'

const WORKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']

type HoursPattern = 'OFFICE' | 'DAILY' | 'EVENINGS' | 'MUSEUM' | 'OUTDOOR' | 'WEEKDAYS_ONLY'

function hours(days: readonly Weekday[], opens: string, closes: string): OpeningHoursInput[] {
  return days.map((weekday) => ({ weekday, opens, closes }))
}

function openingHours(pattern: HoursPattern): OpeningHoursInput[] {
  switch (pattern) {
    case 'OFFICE': // closed on Sunday
      return [...hours(WORKDAYS, '08:30', '21:00'), ...hours(['SATURDAY'], '09:00', '17:00')]
    case 'DAILY':
      return [...hours(WORKDAYS, '08:30', '17:30'), ...hours(['SATURDAY', 'SUNDAY'], '09:00', '16:30')]
    case 'EVENINGS':
      return hours(WORKDAYS, '18:30', '21:30')
    case 'MUSEUM': // closed on Monday
      return hours(['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'], '09:00', '17:00')
    case 'OUTDOOR':
      return hours([...WORKDAYS, 'SATURDAY', 'SUNDAY'], '06:00', '20:00')
    case 'WEEKDAYS_ONLY':
      return hours(WORKDAYS, '08:30', '17:00')
  }
}

interface Template {
  name: string
  area: readonly [number, number]
  /** m² per seat. */
  perSeat: readonly [number, number]
  facilities: readonly Facility[]
  hours: readonly HoursPattern[]
}

function branchTemplates(streetName: string): Template[] {
  return [
    {
      name: `${streetName}街道社区学校报告厅`,
      area: [260, 620],
      perSeat: [1.2, 1.6],
      facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'STAGE', 'STEP_FREE_ACCESS', 'HEARING_LOOP', 'WIFI'],
      hours: ['OFFICE', 'DAILY'],
    },
    {
      name: `${streetName}街道社区学校多媒体教室`,
      area: [60, 160],
      perSeat: [1.8, 2.6],
      facilities: ['COMPUTERS', 'PROJECTOR', 'WIFI', 'STEP_FREE_ACCESS'],
      hours: ['OFFICE', 'EVENINGS', 'WEEKDAYS_ONLY'],
    },
    {
      name: `${streetName}街道老年活动中心`,
      area: [200, 520],
      perSeat: [2, 3],
      facilities: [
        'DANCE_FLOOR',
        'PIANO',
        'SOUND_SYSTEM',
        'STEP_FREE_ACCESS',
        'KITCHEN',
        'LIBRARY_CORNER',
        'HEARING_LOOP',
      ],
      hours: ['DAILY', 'WEEKDAYS_ONLY'],
    },
  ]
}

function communityTemplates(communityName: string): Template[] {
  return [
    {
      name: `${communityName}文化家园多功能厅`,
      area: [120, 320],
      perSeat: [1.5, 2.5],
      facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'WIFI', 'STEP_FREE_ACCESS', 'STAGE', 'DANCE_FLOOR'],
      hours: ['DAILY', 'OFFICE'],
    },
    {
      name: `${communityName}市民学校教室`,
      area: [40, 110],
      perSeat: [1.8, 2.8],
      facilities: ['PROJECTOR', 'WIFI', 'COMPUTERS', 'STEP_FREE_ACCESS'],
      hours: ['EVENINGS', 'WEEKDAYS_ONLY', 'OFFICE'],
    },
    {
      name: `${communityName}邻里书房`,
      area: [50, 140],
      perSeat: [2.2, 3],
      facilities: ['LIBRARY_CORNER', 'WIFI', 'STEP_FREE_ACCESS', 'COMPUTERS'],
      hours: ['DAILY', 'OFFICE'],
    },
    {
      name: `${communityName}运河边户外学堂`,
      area: [300, 1200],
      perSeat: [2.5, 3],
      facilities: ['OUTDOOR_SPACE', 'SOUND_SYSTEM', 'STEP_FREE_ACCESS'],
      hours: ['OUTDOOR'],
    },
    {
      name: `${communityName}老年食堂烹饪教室`,
      area: [60, 150],
      perSeat: [2.2, 3],
      facilities: ['KITCHEN', 'STEP_FREE_ACCESS', 'PROJECTOR', 'HEARING_LOOP'],
      hours: ['WEEKDAYS_ONLY', 'DAILY'],
    },
  ]
}

function partnerTemplate(partnerName: string, kind: InstitutionKind): Template {
  switch (kind) {
    case 'LIBRARY':
      return {
        name: `${partnerName}公益讲座厅`,
        area: [150, 400],
        perSeat: [1.4, 2],
        facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'LIBRARY_CORNER', 'WIFI', 'STEP_FREE_ACCESS', 'HEARING_LOOP'],
        hours: ['MUSEUM'],
      }
    case 'CULTURAL_CENTRE':
    case 'SCIENCE_MUSEUM':
      return {
        name: `${partnerName}社教活动室`,
        area: [120, 360],
        perSeat: [1.6, 2.4],
        facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'STEP_FREE_ACCESS', 'WIFI', 'STAGE'],
        hours: ['MUSEUM'],
      }
    case 'HOSPITAL':
      return {
        name: `${partnerName}健康教育讲堂`,
        area: [100, 260],
        perSeat: [1.3, 1.8],
        facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'STEP_FREE_ACCESS', 'HEARING_LOOP'],
        hours: ['WEEKDAYS_ONLY'],
      }
    case 'UNIVERSITY':
      return {
        name: `${partnerName}继续教育学院阶梯教室`,
        area: [180, 500],
        perSeat: [1.2, 1.5],
        facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'WIFI', 'COMPUTERS', 'STEP_FREE_ACCESS'],
        hours: ['EVENINGS', 'OFFICE'],
      }
    case 'ENTERPRISE':
      return {
        name: `${partnerName}职工学堂`,
        area: [120, 300],
        perSeat: [1.4, 2],
        facilities: ['PROJECTOR', 'SOUND_SYSTEM', 'WIFI', 'COMPUTERS'],
        hours: ['EVENINGS', 'WEEKDAYS_ONLY'],
      }
    default:
      return {
        name: `${partnerName}培训活动室`,
        area: [60, 200],
        perSeat: [1.6, 2.6],
        facilities: ['PROJECTOR', 'WIFI', 'SOUND_SYSTEM', 'STEP_FREE_ACCESS'],
        hours: ['OFFICE', 'EVENINGS'],
      }
  }
}

/** Rough centre of each street, inside Gongshu's bounding box. */
const STREET_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  mishixiang: [30.2865, 120.1585],
  hushu: [30.2905, 120.148],
  xiaohe: [30.3005, 120.1365],
  hemu: [30.31, 120.13],
  gongchenqiao: [30.3185, 120.142],
  daguan: [30.303, 120.151],
  shangtang: [30.311, 120.161],
  xiangfu: [30.33, 120.126],
  banshan: [30.356, 120.18],
  kangqiao: [30.364, 120.15],
  shiqiao: [30.325, 120.189],
  dongxin: [30.305, 120.179],
  wenhui: [30.2935, 120.172],
  zhaohui: [30.286, 120.169],
  chaoming: [30.28, 120.181],
  changqing: [30.276, 120.164],
  wulin: [30.2745, 120.16],
  tianshui: [30.278, 120.172],
}

function coordinates(random: Random, streetId: string): { latitude: number; longitude: number } {
  const [lat, lng] = STREET_CENTRES[streetId] ?? [30.31, 120.15]
  const jitter = () => (random.next() - 0.5) * 0.008
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
  return {
    latitude: Number(clamp(lat + jitter(), 30.271, 30.379).toFixed(6)),
    longitude: Number(clamp(lng + jitter(), 120.101, 120.199).toFixed(6)),
  }
}

interface Placement {
  template: Template
  owner: string
  community: string | null
  address: string
}

export function seedVenues(): VenueInput[] {
  const random = createRandom(20260303)
  const placements: { streetId: string; placement: Placement }[] = []

  GONGSHU_STREETS.forEach((street, streetIndex) => {
    const branchAddress = streetAddress(street.id, 10 + streetIndex * 7, `${street.name}街道社区学校`)
    for (const template of branchTemplates(street.name)) {
      placements.push({
        streetId: street.id,
        placement: { template, owner: branchId(street.id), community: null, address: branchAddress },
      })
    }
    communitiesOf(street.id).forEach((community, j) => {
      const templates = communityTemplates(community.name)
      const template = templates[(streetIndex + j) % templates.length] as Template
      placements.push({
        streetId: street.id,
        placement: {
          template,
          owner: schoolId(community.id),
          community: community.id,
          address: streetAddress(street.id, random.int(1, 600), `${community.name}`),
        },
      })
    })
    const partners = PARTNERS.filter((p) => p.street === street.id)
    const partner = partners[streetIndex % Math.max(1, partners.length)]
    if (partner) {
      placements.push({
        streetId: street.id,
        placement: {
          template: partnerTemplate(partner.name, partner.kind),
          owner: partner.externalId,
          community: null,
          address: streetAddress(street.id, partner.number || random.int(1, 600), partner.name),
        },
      })
    } else {
      placements.push({
        streetId: street.id,
        placement: {
          template: {
            name: `${street.name}街道运河边文化广场`,
            area: [600, 1200],
            perSeat: [2.5, 3],
            facilities: ['OUTDOOR_SPACE', 'SOUND_SYSTEM', 'STAGE', 'STEP_FREE_ACCESS'],
            hours: ['OUTDOOR'],
          },
          owner: branchId(street.id),
          community: null,
          address: streetAddress(street.id, random.int(1, 600), '运河沿岸'),
        },
      })
    }
  })

  const indexes = placements.map((_, i) => i)
  const notFree = new Set(createRandom(20260304).sample(indexes, Math.round(placements.length * 0.1)))
  const [renovating, closed] = ((): [Set<number>, Set<number>] => {
    const picked = createRandom(20260305).sample(indexes, 6)
    return [new Set(picked.slice(0, 4)), new Set(picked.slice(4))]
  })()

  const perStreet = new Map<string, number>()
  return placements.map(({ streetId, placement }, index): VenueInput => {
    const n = (perStreet.get(streetId) ?? 0) + 1
    perStreet.set(streetId, n)
    const externalId = `venue-${streetId}-${n}`
    const { template } = placement
    const floorAreaM2 = random.int(template.area[0], template.area[1])
    const perSeat = template.perSeat[0] + random.next() * (template.perSeat[1] - template.perSeat[0])
    const capacity = Math.min(400, Math.max(12, Math.round(floorAreaM2 / perSeat)))
    const facilityCount = random.int(2, Math.min(6, template.facilities.length))
    const facilities = random.sample(template.facilities, facilityCount)
    const documentCount = random.int(0, 2)
    const archiveDocuments = [
      { title: '场地平面图', file: `https://files.example.org/venues/${externalId}/plan.pdf` },
      { title: '消防安全检查记录', file: `https://files.example.org/venues/${externalId}/fire-safety.pdf` },
    ].slice(0, documentCount)
    const located = index % 3 !== 2 ? coordinates(random, streetId) : {}
    return {
      externalId,
      name: template.name,
      owner: placement.owner,
      street: streetId,
      community: placement.community,
      address: placement.address,
      ...located,
      floorAreaM2,
      capacity,
      facilities,
      openingHours: openingHours(random.pick(template.hours)),
      freeForPublicBenefit: !notFree.has(index),
      archiveDocuments,
      status: renovating.has(index) ? 'UNDER_RENOVATION' : closed.has(index) ? 'CLOSED' : 'ACTIVE',
    }
  })
}
