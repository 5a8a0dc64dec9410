/** How spreadsheet cells are read, as a table of what the office types. */
import { describe, expect, it } from '@jest/globals'
import { FACILITIES, POOL_LEVELS, TOPICS } from '../../../../server/domain/vocabulary.ts'
import {
  archiveDocuments,
  area,
  openingHours,
  term,
  terms,
  yesNo,
} from '../../../../server/registry/import/cellParsers.ts'

describe('area (m²)', () => {
  it.each([
    ['500', { value: 500 }],
    ['500㎡', { value: 500 }],
    ['499.5 平方米', { value: 499.5 }],
    ['1,200 m2', { value: 1200 }],
    ['', { value: null }],
    ['3亩', { problem: '面积须以平方米填写，收到单位“亩”。Area must be in m² (平方米); got "亩".' }],
    ['0.3公顷', { problem: '面积须以平方米填写，收到单位“公顷”。Area must be in m² (平方米); got "公顷".' }],
    ['800 sq ft', { problem: '面积须以平方米填写，收到单位“sq ft”。Area must be in m² (平方米); got "sq ft".' }],
  ])('%p', (cell, expected) => {
    expect(area(cell)).toEqual(expected)
  })
})

describe('vocabulary terms', () => {
  it.each([
    ['智慧助老', 'DIGITAL_SKILLS'],
    ['DIGITAL_SKILLS', 'DIGITAL_SKILLS'],
    ['digital_skills', 'DIGITAL_SKILLS'],
    ['Digital skills for older adults', 'DIGITAL_SKILLS'],
  ])('topic %p', (cell, key) => {
    expect(term(TOPICS, cell)).toEqual({ value: key })
  })

  it('accepts an unambiguous start of a term (街道级 for 街道级师资库)', () => {
    expect(term(POOL_LEVELS, '街道级')).toEqual({ value: 'STREET' })
  })

  it('reads lists separated by 、 ， ; and names an unknown item', () => {
    expect(terms(FACILITIES, '投影仪、电脑；无障碍通道,钢琴')).toEqual({
      value: ['PROJECTOR', 'COMPUTERS', 'STEP_FREE_ACCESS', 'PIANO'],
    })
    const unknown = terms(FACILITIES, '投影仪、桑拿')
    expect('problem' in unknown && unknown.problem.startsWith('未知取值“桑拿”，可选：投影仪、电脑、')).toBe(true)
  })
})

describe('yes / no', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['yes', true],
    ['0', false],
    ['', null],
  ])('%p', (cell, value) => {
    expect(yesNo(cell)).toEqual({ value })
  })

  it('names what it could not read', () => {
    expect(yesNo('也许')).toEqual({ problem: '“也许”不是“是”或“否”。"也许" is not yes (是) or no (否).' })
  })
})

describe('opening hours', () => {
  it.each([
    [
      '周一至周三 08:30-21:00',
      [
        ['MONDAY', '08:30', '21:00'],
        ['TUESDAY', '08:30', '21:00'],
        ['WEDNESDAY', '08:30', '21:00'],
      ],
    ],
    [
      '周六、周日 9:00-17:00',
      [
        ['SATURDAY', '09:00', '17:00'],
        ['SUNDAY', '09:00', '17:00'],
      ],
    ],
    [
      '星期二 18:30–21:30；周四 18:30-21:30',
      [
        ['TUESDAY', '18:30', '21:30'],
        ['THURSDAY', '18:30', '21:30'],
      ],
    ],
    ['', []],
  ])('%p', (cell, expected) => {
    expect(openingHours(cell)).toEqual({
      value: expected.map(([weekday, opens, closes]) => ({ weekday, opens, closes })),
    })
  })

  it('reads 每天 as all seven days', () => {
    const parsed = openingHours('每天 09:00-17:00')
    expect('value' in parsed && parsed.value).toHaveLength(7)
  })

  it('names the part it could not read', () => {
    expect(openingHours('工作日 全天')).toEqual({
      problem: '无法识别开放时间“工作日 全天”，示例：周一至周五 08:30-21:00。Cannot read opening hours "工作日 全天".',
    })
  })
})

describe('archive documents', () => {
  it('reads title|file pairs', () => {
    expect(archiveDocuments('平面图|https://f.example.org/a.pdf；消防验收|https://f.example.org/b.pdf')).toEqual({
      value: [
        { title: '平面图', file: 'https://f.example.org/a.pdf' },
        { title: '消防验收', file: 'https://f.example.org/b.pdf' },
      ],
    })
  })

  it('refuses a document without a file', () => {
    expect(archiveDocuments('平面图')).toEqual({
      problem: '电子档案须写成“标题|地址”，收到“平面图”。Archive documents are written "title|file".',
    })
  })
})
