/**
 * Answers for feeds that clients poll (calendar apps, crawlers, platforms):
 * a strong ETag from the body and a Last-Modified from the data's versions,
 * so an unchanged feed costs the client a 304 and no body. The conditions
 * are evaluated here as an origin server does (RFC 9110 §13.2.2), not with
 * Express's `req.fresh`, which answers 200 to any request carrying
 * `Cache-Control: no-cache`, as fetch() adds to every conditional request.
 */
import { createHash } from 'node:crypto'
import type { Request, Response } from 'express'
import { limits } from '../../config/limits.ts'

export function sendCached(
  request: Request,
  response: Response,
  answer: { body: string; contentType: string; lastModified: Date },
): void {
  response.set('content-type', answer.contentType)
  response.set('etag', `"${createHash('sha256').update(answer.body).digest('base64url')}"`)
  response.set('last-modified', answer.lastModified.toUTCString())
  response.set('cache-control', `public, max-age=${limits.syndication.feedMaxAgeSeconds}`)
  if (unchanged(request, response.get('etag')!, answer.lastModified)) {
    response.status(304).end()
    return
  }
  response.send(answer.body)
}

/** If-None-Match decides when present (weak comparison); else If-Modified-Since. */
function unchanged(request: Request, etag: string, lastModified: Date): boolean {
  const noneMatch = request.get('if-none-match')
  if (noneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
    return noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
  }
  const since = Date.parse(request.get('if-modified-since') ?? '')
  return Number.isFinite(since) && lastModified.getTime() <= since
}

/** The latest of the given moments (each a version in milliseconds or a date), whole seconds as HTTP dates are. */
export function latestOf(moments: Iterable<number | Date | null | undefined>): Date {
  let latest = 0
  for (const moment of moments) {
    const ms = moment instanceof Date ? moment.getTime() : (moment ?? 0)
    if (ms > latest) latest = ms
  }
  return new Date(Math.floor(latest / 1000) * 1000)
}
