/** Which fields an edit touched, and whether they were all exempt from review: a table. */
import { describe, expect, it } from '@jest/globals'
import { changedFields, onlyExempt } from '../../../../server/domain/editorial/changedFields.ts'

const SERIES_EXEMPT = ['sessions.*.startsAt', 'sessions.*.endsAt', 'sessions.*.status', 'cover']
const session = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  startsAt: '2027-03-01T06:00:00.000Z',
  endsAt: '2027-03-01T07:30:00.000Z',
  venue: 'seed:venue-001',
  ...extra,
})
const richText = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})

type Row = [string, Record<string, unknown>, Record<string, unknown>, string[], boolean]

const TABLE: Row[] = [
  ['nothing changed', { title: '讲座', topics: ['LEISURE'] }, { title: '讲座', topics: ['LEISURE'] }, [], true],
  [
    'null, undefined, empty string and [] are all unset',
    { summary: null, topics: [] },
    { summary: '', topics: undefined },
    [],
    true,
  ],
  [
    'the same instant written two ways',
    { startsAt: '2027-03-01T06:00:00.000Z' },
    { startsAt: '2027-03-01T14:00:00+08:00' },
    [],
    true,
  ],
  ['a title', { title: '讲座' }, { title: '讲座（修订）' }, ['title'], false],
  ['a list of ids compares whole', { teachers: ['a', 'b'] }, { teachers: ['b', 'a'] }, ['teachers'], false],
  [
    'a session moved: exempt',
    { sessions: [session('s1')] },
    { sessions: [session('s1', { startsAt: '2027-03-02T06:00:00.000Z' })] },
    ['sessions.*.startsAt'],
    true,
  ],
  [
    'a session cancelled: exempt',
    { sessions: [session('s1')] },
    { sessions: [session('s1', { status: 'cancelled' })] },
    ['sessions.*.status'],
    true,
  ],
  [
    'a session at another venue',
    { sessions: [session('s1')] },
    { sessions: [session('s1', { venue: 'seed:venue-002' })] },
    ['sessions.*.venue'],
    false,
  ],
  [
    'a session added',
    { sessions: [session('s1')] },
    { sessions: [session('s1'), session('s2')] },
    ['sessions.*'],
    false,
  ],
  ['the first session added', { sessions: [] }, { sessions: [session('s1')] }, ['sessions.*'], false],
  ['rich text compares whole', { body: richText('一') }, { body: richText('二') }, ['body'], false],
  ['a cover only', { cover: 'm1', title: '讲座' }, { cover: 'm2', title: '讲座' }, ['cover'], true],
  ['a group field', { origin: { kind: 'own' } }, { origin: { kind: 'purchase' } }, ['origin.kind'], false],
]

describe('changedFields and onlyExempt', () => {
  it.each(TABLE)('%s', (_name, before, after, changed, exempt) => {
    const found = changedFields(before, after, Object.keys(after))
    expect(found).toEqual(changed)
    expect(onlyExempt(found, SERIES_EXEMPT)).toBe(exempt)
  })

  it('looks only at the fields it is given (a partial save leaves the rest alone)', () => {
    expect(changedFields({ title: '旧', summary: '旧' }, { title: '新' }, ['title', 'summary'])).toEqual(['title'])
  })
})
