/**
 * A small published world around two streets (湖墅 and 小河), built on the
 * seeded registry, that the catalogue suites share: courses, lecture series
 * with past, upcoming and cancelled sessions, collections, and things that
 * were published and then taken out (which must never be served).
 */
import type { Db } from 'mongodb'
import { seedRegistry } from '../../seeds/seedAll.ts'
import {
  publishCollection,
  publishCourse,
  publishSeries,
  registryIdsOnStreet,
  removeCourse,
  removeSeries,
  sessionAt,
} from './catalogue.ts'

export interface CatalogueWorld {
  now: Date
  venues: { hushuA: string; hushuB: string; xiaohe: string }
  teachers: { t1: string; t2: string; t3: string }
}

export async function publishWorld(db: Db, now = new Date()): Promise<CatalogueWorld> {
  await seedRegistry(db)
  const [hushuA, hushuB] = await registryIdsOnStreet(db, 'venues', 'hushu', { status: 'ACTIVE' })
  const [xiaohe] = await registryIdsOnStreet(db, 'venues', 'xiaohe', { status: 'ACTIVE' })
  const venues = { hushuA: hushuA!, hushuB: hushuB!, xiaohe: xiaohe! }
  const teachers = { t1: 'seed:teacher-001', t2: 'seed:teacher-002', t3: 'seed:teacher-003' }

  await publishCourse(db, 'phone', {
    title: { zh: '手机挂号不求人', en: 'Booking a doctor by phone' },
    topics: ['DIGITAL_SKILLS'],
    audiences: ['OLDER_ADULTS'],
    provider: 'seed:branch-hushu',
    teachers: [teachers.t1, teachers.t2],
    creditHours: 6,
  })
  await publishCourse(db, 'canal', {
    title: { zh: '运河边的历史文化' },
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    provider: 'seed:branch-xiaohe',
    teachers: [teachers.t1],
    creditHours: 12,
  })
  await publishCourse(db, 'gone', {
    title: { zh: '运河已下架课程' },
    topics: ['HISTORY_CULTURE'],
    provider: 'seed:branch-hushu',
    teachers: [teachers.t1],
  })
  await removeCourse(db, 'gone')

  await publishSeries(
    db,
    'citizen',
    [
      sessionAt(now, 'past', -3, { venue: venues.hushuA, teachers: [teachers.t1] }),
      sessionAt(now, 'soon', 2, {
        venue: venues.hushuA,
        teachers: [teachers.t1, teachers.t2],
        capacity: 120,
        title: { zh: '第二讲：拱宸桥', en: 'Lecture 2: Gongchen Bridge' },
      }),
      sessionAt(now, 'cancelled', 1, { venue: venues.xiaohe, teachers: [teachers.t1], status: 'cancelled' }),
      sessionAt(now, 'later', 9, { venue: venues.xiaohe, teachers: [teachers.t3] }),
    ],
    {
      brand: '市民大课堂',
      title: { zh: '运河文化十讲', en: 'Ten talks on canal culture' },
      summary: { zh: '市民大课堂系列讲座' },
      topics: ['HISTORY_CULTURE'],
      audiences: ['ALL_RESIDENTS'],
    },
  )
  await publishSeries(
    db,
    'elderly',
    [
      sessionAt(now, 'one', 1, { venue: venues.hushuB, teachers: [teachers.t2] }),
      sessionAt(now, 'two', 8, { venue: venues.hushuB, teachers: [teachers.t2] }),
      sessionAt(now, 'online', 40, { onlineUrl: 'https://live.example.org/elderly', teachers: [teachers.t2] }),
    ],
    { brand: '社区老年学堂', title: { zh: '智能手机课堂' }, topics: ['DIGITAL_SKILLS'], audiences: ['OLDER_ADULTS'] },
  )
  await publishSeries(db, 'past', [sessionAt(now, 'only', -10, { venue: venues.xiaohe })], {
    title: { zh: '养生保健讲座' },
    topics: ['WELLNESS'],
    audiences: ['OLDER_ADULTS'],
  })
  // Republished without one session: that session is taken out.
  await publishSeries(
    db,
    'edited',
    [sessionAt(now, 'kept', 3, { venue: venues.hushuB }), sessionAt(now, 'dropped', 4, { venue: venues.hushuA })],
    { title: { zh: '家庭教育沙龙' }, topics: ['FAMILY_EDUCATION'], audiences: ['FAMILIES'] },
  )
  await publishSeries(db, 'edited', [sessionAt(now, 'kept', 3, { venue: venues.hushuB })], {
    title: { zh: '家庭教育沙龙' },
    topics: ['FAMILY_EDUCATION'],
    audiences: ['FAMILIES'],
  })
  await publishSeries(db, 'withdrawn', [sessionAt(now, 'x', 2, { venue: venues.hushuA, teachers: [teachers.t1] })], {
    title: { zh: '运河已撤下的系列' },
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
  })
  await removeSeries(db, 'withdrawn')

  await publishCollection(
    db,
    'canal-theme',
    [{ series: 'citizen' }, { course: 'gone' }, { course: 'canal' }, { series: 'withdrawn' }, { course: 'phone' }],
    {
      title: { zh: '大运河专题', en: 'The Grand Canal' },
      theme: { zh: '千年运河' },
      intro: { zh: '运河边的课程与讲座' },
      audiences: ['ALL_RESIDENTS'],
    },
  )
  await publishCollection(db, 'digital', [{ course: 'phone' }, { series: 'elderly' }], {
    title: { zh: '智慧助老专题' },
    audiences: ['OLDER_ADULTS'],
  })
  return { now, venues, teachers }
}
