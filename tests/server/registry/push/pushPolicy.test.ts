/** Who may push what: the pure rules, as a table. */
import { describe, expect, it } from '@jest/globals'
import { mayPushBatch, mayPushRecord, type Pusher } from '../../../../server/registry/push/pushPolicy.ts'

const pusher = (role: Pusher['role'], extra: Partial<Pusher> = {}): Pusher => ({
  label: role,
  role,
  street: null,
  sourceSystem: null,
  ...extra,
})

describe('mayPushBatch', () => {
  it.each([
    ['admin, any source', pusher('admin'), 'civil-affairs', true],
    ['editor, any source', pusher('editor'), 'office', true],
    ['coordinator with a street', pusher('coordinator', { street: 'hushu' }), 'hushu-branch', true],
    ['coordinator without a street', pusher('coordinator'), 'hushu-branch', false],
    ['service account, own source', pusher('service', { sourceSystem: 'health-bureau' }), 'health-bureau', true],
    ['service account, another source', pusher('service', { sourceSystem: 'health-bureau' }), 'culture-bureau', false],
    ['partner', pusher('partner', { institution: 'seed:partner-zjut' } as never), 'office', false],
  ])('%s', (_case, who, source, allowed) => {
    expect(mayPushBatch(who, source).allowed).toBe(allowed)
  })
})

describe('mayPushRecord', () => {
  const hushuCoordinator = pusher('coordinator', { street: 'hushu' })
  it.each([
    ['editor, any street', pusher('editor'), 'mishixiang', undefined, true],
    ['coordinator, new record of own street', hushuCoordinator, 'hushu', undefined, true],
    ['coordinator, own record of own street', hushuCoordinator, 'hushu', 'hushu', true],
    ['coordinator, record of another street', hushuCoordinator, 'mishixiang', undefined, false],
    ['coordinator, record without a street', hushuCoordinator, null, undefined, false],
    ['coordinator, taking over another street’s record', hushuCoordinator, 'hushu', 'mishixiang', false],
  ])('%s', (_case, who, recordStreet, currentStreet, allowed) => {
    expect(mayPushRecord(who, recordStreet, currentStreet)).toBe(allowed)
  })
})
