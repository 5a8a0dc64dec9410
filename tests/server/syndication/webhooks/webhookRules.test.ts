/**
 * The pure rules of webhook delivery: which addresses are public, how long a
 * retry waits, and the signature a receiver checks.
 */
import { describe, expect, it } from '@jest/globals'
import { limits } from '../../../../server/config/limits.ts'
import { retryDelayMs } from '../../../../server/syndication/webhooks/backoff.ts'
import { isPublicAddress, parseDeliveryUrl } from '../../../../server/syndication/webhooks/addressGuard.ts'
import { signBody, verifyDelivery } from '../../../../server/syndication/webhooks/signature.ts'

describe('addresses', () => {
  it.each(['8.8.8.8', '114.114.114.114', '2400:3200::1', '172.32.0.1', '100.128.0.1', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true)
    },
  )
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:10.0.0.1',
    'not-an-address',
  ])('%s is not', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })
  it('accepts http and https URLs only', () => {
    expect(parseDeliveryUrl('https://hooks.example.org/canal').hostname).toBe('hooks.example.org')
    expect(() => parseDeliveryUrl('gopher://hooks.example.org/')).toThrow(/http and https/)
  })
})

describe('retry delays', () => {
  const jitter = limits.webhooks.retryJitter
  it('double with every failure, within the jitter, up to the cap', () => {
    for (const failures of [1, 2, 3, 4]) {
      const middle = 1_000 * 2 ** (failures - 1)
      expect(retryDelayMs(failures, 1_000, 60_000, () => 0)).toBe(Math.round(middle * (1 - jitter)))
      expect(retryDelayMs(failures, 1_000, 60_000, () => 1)).toBe(Math.round(middle * (1 + jitter)))
    }
    expect(retryDelayMs(30, 1_000, 60_000, () => 0.5)).toBe(60_000)
  })
  it('spread: two subscribers failing together do not retry together', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(3, 30_000, 1_800_000)))
    expect(delays.size).toBeGreaterThan(1)
  })
})

describe('signatures', () => {
  const body = JSON.stringify({ id: '7.0', action: 'CREATED' })
  const now = 1_800_000_000
  const headers = {
    'x-canal-webhook-timestamp': String(now),
    'x-canal-webhook-signature': signBody('whsec_test', now, body),
  }
  it('verify with the secret, and only with it', () => {
    expect(headers['x-canal-webhook-signature']).toMatch(/^v1=[0-9a-f]{64}$/)
    expect(verifyDelivery('whsec_test', headers, body, now)).toBe('valid')
    expect(verifyDelivery('whsec_other', headers, body, now)).toBe('bad-signature')
    expect(verifyDelivery('whsec_test', { ...headers, 'x-canal-webhook-timestamp': String(now + 1) }, body, now)).toBe(
      'bad-signature',
    )
  })
  it('are refused five minutes after they were made, in either direction', () => {
    expect(verifyDelivery('whsec_test', headers, body, now + 300)).toBe('valid')
    expect(verifyDelivery('whsec_test', headers, body, now + 301)).toBe('too-old')
    expect(verifyDelivery('whsec_test', headers, body, now - 301)).toBe('too-old')
  })
})
