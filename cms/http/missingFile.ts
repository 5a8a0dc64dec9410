/**
 * An upload's file that is not on the disk is "not found" (404), and a name
 * that cannot be a file name is a bad request (400). Payload answers both
 * with a 500 and an error log. Runs after Payload's access check, so a
 * reader without access still gets Payload's refusal, not a hint that the
 * file exists.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import type { CollectionConfig } from 'payload'

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

// `new Response`, not `Response.json`: Payload tells a handler's answer by `instanceof Response`, and the plain
// HTTP server's adapter puts its own Response class in place of the global one, which `Response.json` bypasses.
const answer = (status: number, message: string) =>
  new Response(JSON.stringify({ errors: [{ message }] }), { status, headers: { 'content-type': 'application/json' } })

/** Hands the request back to Payload (returns nothing) when the file is there. */
export function missingFileHandler(staticDir: string): UploadHandler {
  return (_req, { params }) => {
    const { filename } = params
    if (!filename || /[\u0000/\\]/.test(filename) || filename === '.' || filename === '..') {
      return answer(400, '文件名无效。Not a valid file name.')
    }
    // Returning nothing lets Payload stream the file. A stat is microseconds, and Payload's
    // handler type takes a Response or nothing, not a promise of either.
    if (!statSync(path.resolve(staticDir, filename), { throwIfNoEntry: false })?.isFile())
      return answer(404, '未找到该文件。No such file.')
  }
}
