/**
 * The seed courses: all published into the catalogue in both languages, every
 * registry reference valid (publishing would refuse it otherwise), and a
 * second run adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { catalogueCourses } from '../../server/catalogue/courseProjection.ts'
import { seedCourses } from '../../seeds/content/courses.ts'
import { seedCourseContent } from '../../seeds/content/seedCourses.ts'
import { seedRegistry } from '../../seeds/seedAll.ts'
import { startStack, type TestStack } from '../support/stack.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('seed_courses')
  await seedRegistry(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

describe('seed courses', () => {
  it('publishes every seed course once, in Chinese and English', async () => {
    const expected = seedCourses()
    expect(await seedCourseContent(stack.cms.payload)).toEqual({ added: expected.length, existing: 0 })
    const entries = await catalogueCourses(stack.database.db).find({ removed: false }).toArray()
    expect(entries).toHaveLength(expected.length)
    const first = entries.find((entry) => entry.slug === expected[0]!.slug)
    expect(first?.title).toEqual(expected[0]!.title)

    expect(await seedCourseContent(stack.cms.payload)).toEqual({ added: 0, existing: expected.length })
    expect(await catalogueCourses(stack.database.db).countDocuments({ removed: false })).toBe(expected.length)
  })
})
