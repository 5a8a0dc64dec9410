/**
 * The SSRF guard: a subscriber's URL may only lead to the public internet
 * over http(s). Every address its host name resolves to is checked, and the
 * delivery connects to the address that was checked (a lookup of our own
 * given to the HTTP client), so a name that resolves differently a moment
 * later cannot slip a private address in. An administrator may allow private
 * addresses (WEBHOOKS_ALLOW_PRIVATE=1) for receivers inside the network.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'

export class RefusedAddressError extends Error {
  readonly code = 'WEBHOOK_ADDRESS_REFUSED'
  /** A name that did not resolve may resolve later; a private address stays refused. */
  constructor(
    message: string,
    readonly transient = false,
  ) {
    super(message)
  }
}

/** Private, loopback, link-local and other non-public ranges (RFC 6890 and friends). */
const blocked = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6')

/** An IPv4 address written inside IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
function embeddedIpv4(address: string): string | null {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return match ? match[1]! : null
}

export function isPublicAddress(address: string): boolean {
  const v4 = isIP(address) === 4 ? address : embeddedIpv4(address)
  if (v4) return !blocked.check(v4, 'ipv4')
  if (isIP(address) === 6) return !blocked.check(address, 'ipv6') && !/^::ffff:/i.test(address)
  return false
}

/** Refuses anything but an absolute http(s) URL without credentials; the message names why. */
export function parseDeliveryUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new RefusedAddressError('不是有效的网址。Not a valid URL.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RefusedAddressError(
      `只接受 http 或 https 网址，不接受 ${url.protocol}。Only http and https URLs are accepted, not ${url.protocol}.`,
    )
  if (url.username || url.password)
    throw new RefusedAddressError('网址中不能带用户名或密码。A URL with a user name or password is not accepted.')
  return url
}

/** Every address of `host`, refused as a whole when one of them is not public (unless allowed). */
export async function resolveAllowed(host: string, allowPrivate: boolean): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[|\]$/g, '')
  const addresses: LookupAddress[] = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await new Promise((resolve, reject) =>
        dnsLookup(bare, { all: true, verbatim: true }, (error, found) =>
          error
            ? reject(
                new RefusedAddressError(
                  `无法解析主机名 ${bare}。Host name ${bare} does not resolve (${error.code ?? error.message}).`,
                  true,
                ),
              )
            : resolve(found),
        ),
      )
  if (addresses.length === 0)
    throw new RefusedAddressError(`主机名 ${bare} 没有地址。Host name ${bare} has no address.`)
  const refused = addresses.filter((entry) => !isPublicAddress(entry.address))
  if (refused.length > 0 && !allowPrivate) {
    throw new RefusedAddressError(
      `${bare} 指向内网、本机或链路本地地址（${refused.map((entry) => entry.address).join('、')}），不予投递。${bare} resolves to a private, loopback or link-local address (${refused.map((entry) => entry.address).join(', ')}); refused.`,
    )
  }
  return addresses
}

/** A `lookup` for node:http(s) that answers only with addresses that passed the guard. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveAllowed(hostname, allowPrivate).then(
      (addresses) =>
        options.all ? callback(null, addresses) : callback(null, addresses[0]!.address, addresses[0]!.family),
      (error: Error) => callback(error, ''),
    )
  }
}
